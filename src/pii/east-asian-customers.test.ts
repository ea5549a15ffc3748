import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'
import { eastAsianNames } from './names/east-asian-names.js'

const engine = createPiiEngine()
const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('customers in Japan, Korea, China, Taiwan and Hong Kong (blind set HB)', () => {
  it("Taiwan's identity number by its check, Korea's registration number written with its hyphen", () => {
    expect(found('The app shows the ID H224603914 but the mobile differs')).toEqual([['us_social_security_number', 'H224603914']])
    expect(found('My alien registration number is 920814-5720190.')).toEqual([['us_social_security_number', '920814-5720190']])
    // (a check that fails is no identity number)
    expect(found('part H224603915 and ref 920814-5720191 in stock')).toEqual([])
  })

  it("a birth date in an era's years, written or said", () => {
    expect(found('Name 石川 智子, born 昭和52年11月3日. Could you check?')).toEqual([['date_of_birth', '昭和52年11月3日']])
    expect(found('出生日期 DOB: 民國80年3月14日')).toEqual([['date_of_birth', '民國80年3月14日']])
    expect(found('Agent: Okay, what date of birth is on your ID?\nCustomer: Showa 63, February 29th.')).toEqual([['date_of_birth', 'Showa 63, February 29th']])
    // (an era's year said alone is no one's name)
    expect(names('Agent: Showa 63 is 1988. Thank you.')).toEqual([])
  })

  it('a code sent to a mobile number names the number where it goes', () => {
    expect(found("Agent: Thank you. I'm sending a verification code to 010-6631-2280. Please read it back.")).toEqual([['phone_number', '010-6631-2280']])
    expect(found('[x] Mobile OTP to 6027 3315')).toEqual([['phone_number', '6027 3315']])
    expect(found("Agent: And what's the new number you'd like the code sent to?\nCaller: 415-602-7719.")).toEqual([['phone_number', '415-602-7719']])
    // (a code said "to" a number with no phone's word or verb of sending is none)
    expect(found('the OTP to 6027 3315 failed')).toEqual([])
  })

  it('Chinese, Korean and Taiwanese names family name first, whole', () => {
    expect(names('Caller: My mother, Kim Soon-ok, passed away last month.')).toEqual(['Kim Soon-ok'])
    expect(names('Customer Lam Siu Ming (card ending 6633) spent HK$ 182,000')).toEqual(['Lam Siu Ming'])
    // (a short capitalised word before it does not hide it)
    expect(names('Dear Mr Lam Siu Ming, thanks for your letter')).toEqual(['Lam Siu Ming'])
    expect(names('姓名 Name: 林怡君 / LIN, YI-CHUN')).toEqual(['LIN, YI-CHUN'])
    expect(names('申请人 Applicant: 刘洋 (LIU Yang)')).toEqual(['LIU Yang'])
    expect(names('my father lee chang ho passed away in march')).toEqual(['lee chang ho'])
  })

  it('in raw speech, the given name after the family name said and spelled', () => {
    expect(names('my name is fung  chun kit  phone number six seven')).toEqual(['fung', 'chun kit'])
    expect(names('the name is park  p a r k  jin young  and the shinhan account')).toEqual(['park', 'p a r k', 'jin young'])
    expect(names('my name is lee  so in the morning')).toEqual(['lee'])
  })

  it('no name where the syllables are English words or the family name stands alone', () => {
    expect(eastAsianNames('we parked in the lot and park in the shade', true)).toEqual([])
    expect(eastAsianNames('Chen, Lin and Wang approved it', false)).toEqual([])
    expect(eastAsianNames('the Lee Ho report', false)).toEqual([])
  })
})
