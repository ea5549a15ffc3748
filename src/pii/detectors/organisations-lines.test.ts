import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const phones = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'phone_number').map((f) => text.slice(f.start, f.end))

describe("an organisation's own line is no one's phone", () => {
  it('by the words of its statement: "call us on", the helpline, the switchboard, the call centre', () => {
    expect(phones("Call us on 0161 496 0753 if you've any questions.")).toEqual([])
    expect(phones("We're returning your call. Please call us back at 208-555-0120.")).toEqual([])
    expect(phones('Switchboard: 0161 496 0752')).toEqual([])
    expect(phones('the helpline number is oh two oh seven nine four six oh eight eight two')).toEqual([])
    expect(phones('For billing, ring the customer services line on 0161 496 0800.')).toEqual([])
    expect(phones('Our main line: (312) 229-6100')).toEqual([])
  })

  it('a business called by its kind, or its store\'s or restaurant\'s line (blind set ID)', () => {
    expect(phones('To make changes call the restaurant on 718-555-0400 or reply CHANGE.')).toEqual([])
    expect(phones('Call store line 0803 555 0192 if customer unreachable.')).toEqual([])
    expect(phones('I called the clinic from my cell 415-555-0132')).toEqual(['415-555-0132'])
  })

  it("not when a word that makes the line someone's stands nearer", () => {
    expect(phones('She rang our main line. Her mobile for callback: 07384 920 115')).toEqual(['07384 920 115'])
    expect(phones('the helpline said to text my cell, 415-555-0132')).toEqual(['415-555-0132'])
    expect(phones('call me on 07700 900 123')).toEqual(['07700 900 123'])
    expect(phones("i'm dropping off a new one at the front desk by 10, sorry!! 802-555-0154")).toEqual(['802-555-0154'])
  })

  it('by the opening hours it keeps, unless the statement makes the line someone\'s', () => {
    expect(phones('Questions to the brokerage desk or 604-555-0190 (brokerage desk, 7am\u20137pm PT).')).toEqual([])
    expect(phones('Bookings: 0161 496 0753, Mon\u2013Fri 9\u20135')).toEqual([])
    expect(phones('Out of hours, 020 7946 0018 (24/7).')).toEqual([])
    expect(phones('Parts counter 0118 496 0321, 08:00-17:30 weekdays')).toEqual([])
    expect(phones('call me on 07700 900 812 from 9am to 5pm please')).toEqual(['07700 900 812'])
    expect(phones('my cell is 0412 555 019 after 6pm')).toEqual(['0412 555 019'])
    expect(phones('Tom Reid 07700 900812, free from 9 to 11 on Tuesday')).toEqual(['07700 900812'])
    expect(phones('Our partner will call you on 0401 926 338 within 24 hours.')).toEqual(['0401 926 338'])
    expect(phones('Nurse line 0161 496 0999, open 24 hours a day')).toEqual([])
  })

  it("by the numbering plan: numbers only organisations are given, written as their country writes them", () => {
    expect(phones('Phone 0300 123 4567, or 03000 616161 from abroad')).toEqual([])
    expect(phones('Tel. 0845 601 7733')).toEqual([])
    expect(phones('電話: 0120-914-338')).toEqual([])
    expect(phones('Phone: 1588-8900')).toEqual([])
    expect(phones('Telefon: 0850 811 44 20')).toEqual([])
    expect(phones('Phone 042 111 000 789')).toEqual([])
    expect(phones('Renew at nivabupa.com or call 1860-500-8888.')).toEqual([])
    expect(phones('or you can call our toll free number one eight hundred four two five two two five five')).toEqual([])
  })

  it("not Pakistan's mobiles, which start with 03 too, nor a UK mobile", () => {
    expect(phones('my number is 0300-6175523')).toEqual(['0300-6175523'])
    expect(phones('phone 03335415327')).toEqual(['03335415327'])
    expect(phones('my mobile is zero three three two double one seven two seven two five')).toEqual(['zero three three two double one seven two seven two five'])
    expect(phones('Mobile: 07537 402 210')).toEqual(['07537 402 210'])
  })
})

describe("Latin America's and Spain's business and toll-free lines (blind set HR)", () => {
  it("Chile's 600 lines, Colombia's 01 8000, Argentina's 0810, Spain's 900 are organisations'", () => {
    expect(phones('Call us on 600 600 5000 or 01 8000 123 838.')).toEqual([])
    expect(phones('Atención: 900 123 456, o el 0810-666-4444')).toEqual([])
  })

  it("a Spanish mobile stays someone's", () => {
    expect(phones('my mobile is 612 845 093')).toEqual(['612 845 093'])
  })
})

describe('a free-phone number of eight digits (blind set JH)', () => {
  it("is an organisation's, written or said", () => {
    expect(phones('you can ring Childline on 0800 1111 any time')).toEqual([])
    expect(phones('the number is oh eight hundred one one one one, it is free')).toEqual([])
  })
})
