import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { ColumnCursor, columnWords, tableHeader } from './table-columns.js'

describe('table columns', () => {
  it('reads a delimited header and the cell above a value; a sentence with commas is no header', () => {
    const csv = 'customer_no,full_name,"Phone Number",dob\n10001,Ana Souza,415-555-0134,1990-01-02\n'
    const header = tableHeader(csv)
    expect(header).toEqual({ sep: ',', cells: ['customer_no', 'full_name', 'phone number', 'dob'] })
    if (header === null) throw new Error('no header')
    const columns = new ColumnCursor(csv, header)
    expect(columns.at(3)).toBeUndefined()
    expect(columns.at(csv.indexOf('415'))).toBe('phone number')
    expect(columns.at(csv.indexOf('1990'))).toBe('dob')
    // asked about again further left: counted again from its line
    expect(columns.at(csv.indexOf('Ana'))).toBe('full_name')
    expect(columnWords('date_of_birth')).toEqual(['date', 'of', 'birth'])
    expect(tableHeader("Speaker A: Hello, it's Eoin, can you confirm your sort code?\nSpeaker B: Sort code 40-47-84, account 70217834.")).toBeNull()
    expect(tableHeader('a,b,c\nonly one field')).toBeNull()
  })

  it("names a table cell's value by its column (a birth date under \"dob\")", () => {
    const engine = createPiiEngine({ nameDetector: null })
    const rows = '7,Ana,14/03/1987,Leeds\n8,Bo,02/11/1990,York\n'
    const dates = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'date_of_birth').map((f) => text.slice(f.start, f.end))
    expect(dates(`id,name,dob,city\n${rows}`)).toEqual(['14/03/1987', '02/11/1990'])
    expect(dates(`id,name,joined,city\n${rows}`)).toEqual([])
    expect(dates(rows)).toEqual([])
  })
})
