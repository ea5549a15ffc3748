import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { ColumnCursor, columnWords, tableHeader } from './table-columns.js'

describe('table columns', () => {
  it('reads a delimited header and the cell above a value; a sentence with commas is no header', () => {
    const csv = 'customer_no,full_name,"Phone Number",dob\n10001,Ana Souza,415-555-0134,1990-01-02\n'
    const header = tableHeader(csv)
    expect(header).toEqual({ sep: ',', cells: ['customer_no', 'full_name', 'phone number', 'dob'], bodyStart: 41 })
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

  it("reads a Markdown table's header, whose rows open and close with the separator (blind set CL)", () => {
    const md = '| Passenger | Passport | DOB |\n|---|---|---|\n| Ada Eze | A11902277 | 09/07/2019 |\n'
    const header = tableHeader(md)
    expect(header?.cells).toEqual(['', 'passenger', 'passport', 'dob', ''])
    if (header === null) throw new Error('no header')
    const columns = new ColumnCursor(md, header)
    expect(columns.at(md.indexOf('Ada'))).toBe('passenger')
    expect(columns.at(md.indexOf('A119'))).toBe('passport')
    expect(columns.at(md.indexOf('09/07'))).toBe('dob')
    // ... every row's passport and birth date, however far from the header
    const engine = createPiiEngine({ nameDetector: null })
    const table = `| Passenger | Passport | DOB |\n|---|---|---|\n${['A10448213 | 03/04/1990', 'A10448214 | 21/11/1988', 'A11902277 | 09/07/2019'].map((r) => `| x | ${r} |`).join('\n')}`
    const kinds = engine.scan(table).map((f) => [f.type, table.slice(f.start, f.end)])
    expect(kinds).toEqual([
      ['passport_number', 'A10448213'], ['date_of_birth', '03/04/1990'],
      ['passport_number', 'A10448214'], ['date_of_birth', '21/11/1988'],
      ['passport_number', 'A11902277'], ['date_of_birth', '09/07/2019'],
    ])
    // ... and a licence's column says nothing of the phone's cell beside it
    const csv = 'name,licence,phone\nAnn Lee,D1234567,555-0100\n'
    expect(engine.scan(csv).map((f) => [f.type, csv.slice(f.start, f.end)])).toEqual([['drivers_license', 'D1234567'], ['phone_number', '555-0100']])
  })

  it("names a table cell's value by its column (a birth date under \"dob\")", () => {
    const engine = createPiiEngine({ nameDetector: null })
    const rows = '7,Ana,14/03/1987,Leeds\n8,Bo,02/11/1990,York\n'
    const dates = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'date_of_birth').map((f) => text.slice(f.start, f.end))
    expect(dates(`id,name,dob,city\n${rows}`)).toEqual(['14/03/1987', '02/11/1990'])
    expect(dates(`id,name,joined,city\n${rows}`)).toEqual([])
    expect(dates(rows)).toEqual([])
    // a header cell may ask a yes-or-no question ("Applying?", "Active?"); the others still name their columns (blind set GE)
    const form = 'Name | Relationship | Date of birth | Applying?\nAna Ruiz | self | 05/09/1995 | Yes\nBo Ruiz | son | 10/30/2016 | Yes\n'
    expect(dates(form)).toEqual(['05/09/1995', '10/30/2016'])
    expect(tableHeader('Hi, can we talk?, later, or not?\nThanks for this, see you.')).toBeNull()
  })

  it('finds the header after a title line, and not on a line of prose further down (blind sets CH, CI)', () => {
    const csv = 'Customer list export\nname,phone,licence\nAyesha Siddiqui,07911 223 418,X\n'
    const header = tableHeader(csv)
    expect(header?.cells).toEqual(['name', 'phone', 'licence'])
    if (header === null) throw new Error('no header')
    const columns = new ColumnCursor(csv, header)
    expect(columns.at(csv.indexOf('list'))).toBeUndefined()
    expect(columns.at(csv.indexOf('phone'))).toBeUndefined()
    expect(columns.at(csv.indexOf('07911'))).toBe('phone')
    expect(tableHeader('Hi team,\nThanks for this.\nPlease see below.\nname,phone,licence\nA,1,2')).toBeNull()
  })

  it("reads each cell of a row on its own, and a name under a name's column (blind set CI)", () => {
    const engine = createPiiEngine()
    const csv = 'surname,forename,dob,parent_phone\nKowalski,Zofia,2014-09-17,07700 914382\nOkafor,Chidi,2015-01-30,07412 558 019'
    const found = engine.scan(csv).map((f) => [f.type, csv.slice(f.start, f.end)])
    expect(found).toEqual([
      ['person_name', 'Kowalski'],
      ['person_name', 'Zofia'],
      ['date_of_birth', '2014-09-17'],
      ['phone_number', '07700 914382'],
      ['person_name', 'Okafor'],
      ['person_name', 'Chidi'],
      ['date_of_birth', '2015-01-30'],
      ['phone_number', '07412 558 019'],
    ])
    // a thing's name column is none of a person's
    const things = 'product_name,qty,price\nKowalski Chair,2,50\nLorsen Desk,1,200'
    expect(engine.scan(things).filter((f) => f.type === 'person_name')).toEqual([])
  })

  it("a comma inside a CSV row's quoted field is the field's (blind set GY)", () => {
    const csv = 'id,pax_name,dob,passport,nationality\n1,"Byrne, Niamh",14/02/1990,PB1048273,IRL\n2,"Byrne, Cathal",30/08/1988,PA7730419,IRL'
    const header = tableHeader(csv)
    if (header === null) throw new Error('no header')
    const cursor = new ColumnCursor(csv, header)
    expect(cursor.at(csv.indexOf('14/02/1990'))).toBe('dob')
    expect(cursor.at(csv.indexOf('PB1048273'))).toBe('passport')
    expect(cursor.at(csv.indexOf('30/08/1988'))).toBe('dob')
    const kinds = createPiiEngine({ nameDetector: null }).scan(csv).map((f) => [f.type, csv.slice(f.start, f.end)])
    expect(kinds).toEqual(expect.arrayContaining([['date_of_birth', '30/08/1988'], ['passport_number', 'PA7730419']]))
  })
})

