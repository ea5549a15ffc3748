import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("identity numbers of China, Korea, Finland, Norway and Saudi Arabia; birth dates in more languages (blind sets CR-CU)", () => {
  it("China's resident identity number by its shape, date and check character, named or not", () => {
    expect(found('Visitor: Zhou Min, ID 320106198507234012, entry 09:30')).toEqual([['us_social_security_number', '320106198507234012']])
    expect(found('身份证号码：51010719920214352X')).toEqual([['us_social_security_number', '51010719920214352X']])
    // ... one check character off, or a date that is none (month 13), is any other long number
    expect(found('Ref 320106198507234013 paid')).toEqual([])
    expect(found('Ref 320106198513234012 paid')).toEqual([])
  })

  it("Korea's resident registration number after its Korean name", () => {
    expect(found('주민등록번호: 920318-2345675')).toEqual([['us_social_security_number', '920318-2345675']])
    // Japan's My Number after its label, checked (blind set CV)
    expect(found('マイナンバー: 8392 0461 7511')).toEqual([['us_social_security_number', '8392 0461 7511']])
    expect(found('注文番号: 8392 0461 7512')).toEqual([])
    expect(found('주문번호: 920318-2345675')).toEqual([])
  })

  it('numbers labelled in Arabic forms: identity, national number, Iqama, mobile, account; an order number is none', () => {
    expect(found('الهوية الوطنية: 1087654321')).toEqual([['us_social_security_number', '1087654321']])
    expect(found('الرقم القومي 29001011234567')).toEqual([['us_social_security_number', '29001011234567']])
    expect(found('رقم الإقامة: 2104567892')).toEqual([['us_social_security_number', '2104567892']])
    expect(found('الجوال: 0551234567')).toEqual([['phone_number', '0551234567']])
    expect(found('رقم الحساب: 123456789')).toEqual([['account_number', '123456789']])
    expect(found('رقم الطلب: 123456789')).toEqual([])
  })

  it("Finland's henkilötunnus: alone when it ends in a letter, named when its check is a digit", () => {
    expect(found('Henkilötunnus: 240312-123Y')).toEqual([['us_social_security_number', '240312-123Y']])
    expect(found('asiakas 020305A456P soitti')).toEqual([['us_social_security_number', '020305A456P']])
    expect(found('HETU 071190-7892')).toEqual([['us_social_security_number', '071190-7892']])
    // ... a date-stamped reference of the same shape, unnamed
    expect(found('Batch 071190-7892 shipped')).toEqual([])
  })

  it("Norway's fødselsnummer and Saudi Arabia's Iqama after their names, when their checks hold", () => {
    expect(found('Fødselsnummer: 150691 23497')).toEqual([['us_social_security_number', '150691 23497']])
    expect(found('Iqama no. 2104567892, sponsor Al Noor Trading')).toEqual([['us_social_security_number', '2104567892']])
  })

  it('birth dates after "née le", "Né(e) le", "ngày sinh" and "doğum tarihi"', () => {
    expect(found('Claire Martin, née le 03/02/1979')).toEqual([['date_of_birth', '03/02/1979']])
    expect(found('Né(e) le : 17/08/1985')).toEqual([['date_of_birth', '17/08/1985']])
    expect(found('Ngày sinh: 09/11/1990')).toEqual([['date_of_birth', '09/11/1990']])
    expect(found('Doğum tarihi: 22.05.1987')).toEqual([['date_of_birth', '22.05.1987']])
  })
})

describe("Romania's CNP, Egypt's national ID and Morocco's CIN (blind sets HF, HG)", () => {
  it("a CNP by its name or a table's column, its check digit holding", () => {
    expect(found('CNP 2881021225526, data nașterii')).toEqual([['us_social_security_number', '2881021225526']])
    expect(found("Her CNP for the form: 2901125407570.")).toEqual([['us_social_security_number', '2901125407570']])
    expect(found('nr_marca;nume;cnp;salariu\n0217;Ionescu;1700219354968;6100')).toEqual([['us_social_security_number', '1700219354968']])
    // ... named, a number whose check digit is off is still one (mistyped), with less confidence
    const [valid] = engine.scan('CNP 2901125407570')
    const [mistyped] = engine.scan('CNP 2901125407571')
    expect(mistyped?.type).toBe('us_social_security_number')
    expect(mistyped?.confidence).toBeLessThan(valid?.confidence ?? 0)
  })

  it("Egypt's fourteen digits named as a national ID, with a birth date and a governorate inside", () => {
    expect(found('national ID: 29708101453521')).toEqual([['us_social_security_number', '29708101453521']])
    expect(found('Ref 29708101453521 paid')).toEqual([])
  })

  it("Morocco's CIN, written or read out", () => {
    expect(found('his CIN was A394512, and he was born')).toEqual([['us_social_security_number', 'A394512']])
    expect(found('the cin was a three nine four five one two')).toEqual([['us_social_security_number', 'a three nine four five one two']])
    expect(found('CIN: BE784512')).toEqual([['us_social_security_number', 'BE784512']])
  })
})

describe("the Baltic states' and Iceland's personal codes, and Finland's read out (blind set HJ)", () => {
  it('named by their own words or as a "personal code", their checks holding', () => {
    expect(found('my isikukood is 46309170614. Name')).toEqual([['us_social_security_number', '46309170614']])
    expect(found('{"personas_kods": "110783-12391"}')).toEqual([['us_social_security_number', '110783-12391']])
    expect(found('my son (kt. 170698-7119) has a new phone')).toEqual([['us_social_security_number', '170698-7119']])
    expect(found("what's your personal code  four six four oh four two eight nine three two eight  and name")).toEqual([['us_social_security_number', 'four six four oh four two eight nine three two eight']])
    expect(found('and my kennitala is two six one two eight two  eight six oh nine')).toEqual([['us_social_security_number', 'two six one two eight two  eight six oh nine']])
  })

  it('not a personal phone, nor a "personal" number whose checks fail', () => {
    expect(found('my personal phone is 0701234567')).toEqual([['phone_number', '0701234567']])
    expect(found('my personal code is 46309170615')).toEqual([])
  })

  it("Finland's identity code read out, its check letter said apart", () => {
    expect(found("his identity code one seven oh two four nine  dash four one one f  i'm so sorry")).toEqual([['us_social_security_number', 'one seven oh two four nine  dash four one one f']])
  })
})
