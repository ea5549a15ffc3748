import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("US driver's licence numbers (blind set EH)", () => {
  it('a letter joined by a hyphen to its groups is part of the number', () => {
    expect(found('MD DL D-555-781-636-637 / DOB 02-05-1988')).toEqual([
      ['drivers_license', 'D-555-781-636-637'],
      ['date_of_birth', '02-05-1988'],
    ])
  })

  it('the licence named a sentence before, with nothing numbered between', () => {
    expect(found("Florida license, it's, um, hold on, I gotta get it out of my wallet. Okay. U672-507-01-509-4.")).toEqual([['drivers_license', 'U672-507-01-509-4']])
    expect(found("Florida license. I'll call you at 305-555-0142 tomorrow")).toEqual([['phone_number', '305-555-0142']])
  })

  it('the licence named after the number, said again with hesitations', () => {
    expect(found("Caller: 20754736, that's my, uh, that's my driver's license. Texas.")).toEqual([['drivers_license', '20754736']])
    expect(found("Caller: 20754736, that's my, uh, that's my order.")).toEqual([])
  })

  it('a licence of letters and few digits read out right after its name', () => {
    expect(found('my license is w d l y k seven a z k j x a')).toEqual([['drivers_license', 'w d l y k seven a z k j x a']])
    expect(found('my license is a bit old now and the fee is 25')).toEqual([])
  })

  it('a first letter said "a as in adam" is the licence\'s, not the article', () => {
    expect(found('arizona license its a as in adam nine oh two six six six four six')).toEqual([['drivers_license', 'a as in adam nine oh two six six six four six']])
    expect(found('my licence is a 1234567')).toEqual([['drivers_license', '1234567']])
  })
})

describe("truckers' licences: the CDL, a licence's last four, and a driver who only speaks (blind set HG)", () => {
  const all = found

  it("a commercial driver's licence is a licence", () => {
    expect(all('my cdl is new york  seven three four  eight one two  oh five nine  name')).toEqual([['drivers_license', 'seven three four  eight one two  oh five nine']])
    expect(all('okay my cdl is ohio s r four one eight two seven three  date of')).toEqual([['drivers_license', 's r four one eight two seven three']])
  })

  it("a licence's last four, asked for and answered or said with it", () => {
    expect(all("Broker: And the last four of your driver's license? Carrier: 7719. Broker: Date of birth?")).toEqual([['drivers_license', '7719']])
    expect(all("the last four of my driver's license are 7719")).toEqual([['drivers_license', '7719']])
    expect(all('DL ending in 4410')).toEqual([['drivers_license', '4410']])
    expect(all('the license fee is 2024')).toEqual([])
  })

  it("a turn labelled Driver names no licence", () => {
    expect(all("Agent: what's your courier number? Driver: C-41877.").filter(([t]) => t === 'drivers_license')).toEqual([])
    expect(all('Driver: my licence is D1234567')).toEqual([['drivers_license', 'D1234567']])
  })
})

describe("a licence in two groups of digits, as Australia's are written (blind set HU)", () => {
  it('named by a licence word, nothing going on after its two groups', () => {
    expect(found("My driver's licence number is 5512 0937.")).toEqual([['drivers_license', '5512 0937']])
    expect(found('My licence is 5512 0937 in South Australia.')).toEqual([['drivers_license', '5512 0937']])
  })

  it("not two groups of a longer code: South Africa's licence with its letters after", () => {
    expect(found('licence number 6012 0004 7KLP, code EB')).toEqual([['drivers_license', '6012 0004 7KLP']])
  })
})
