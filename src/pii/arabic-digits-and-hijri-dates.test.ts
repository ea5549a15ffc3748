import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('Arabic-Indic digits and Hijri birth dates', () => {
  it('reads Arabic-Indic and Persian digits as digits, at their own offsets', () => {
    expect(found('الجوال: ٠٥٠٤٤١٨٢٢٧')).toEqual([['phone_number', '٠٥٠٤٤١٨٢٢٧']])
    expect(found('Mobile: ۰۵۰۴۴۱۸۲۲۷')).toEqual([['phone_number', '۰۵۰۴۴۱۸۲۲۷']])
  })

  it('a Hijri birth date, its year written first', () => {
    expect(found('تاريخ الميلاد: 1405/03/12 هـ')).toEqual([['date_of_birth', '1405/03/12']])
    expect(found('Agent: Date of birth, please? Caller: ١٤٠٩/١١/٠٣ هجري.')).toEqual([['date_of_birth', '١٤٠٩/١١/٠٣']])
    expect(found('{"dob_hijri":"1412-07-21"}')).toEqual([['date_of_birth', '1412-07-21']])
  })

  it('not a year and month cut from a longer date, nor a Hijri date no birth word names', () => {
    expect(found('DOB 1409/13/03')).toEqual([])
    expect(found('تاريخ الطلب: 1445/03/12')).toEqual([])
  })
})
