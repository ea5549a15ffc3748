import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { redact, scan } from './index.js'

const text = 'Hi, it is Maria Lopez, call 415-555-0192 or mail maria.lopez@example.com.'

describe('redact', () => {
  it('entity_name substitutes AssemblyAI labels by default', () => {
    expect(redact(text).text).toBe('Hi, it is [PERSON_NAME], call [PHONE_NUMBER] or mail [EMAIL_ADDRESS].')
  })

  it('hash replaces every character with # and keeps spaces, like AssemblyAI', () => {
    expect(redact(text, { sub: 'hash' }).text).toBe('Hi, it is ##### #####, call ############ or mail #######################.')
  })

  it('mask gives stable keyed tokens; spoken and written forms of one value join', () => {
    const a = redact('call 415-555-0192', { sub: 'mask', maskKey: 'k1' }).text
    const b = redact('call four one five five five five oh one nine two', { sub: 'mask', maskKey: 'k1' }).text
    const other = redact('call 415-555-0192', { sub: 'mask', maskKey: 'k2' }).text
    expect(a).toMatch(/^call \[PHONE_NUMBER:[0-9a-f]{8}\]$/)
    expect(b).toBe(a)
    expect(other).not.toBe(a)
    expect(redact('call 415-555-0199', { sub: 'mask', maskKey: 'k1' }).text).not.toBe(a)
  })

  it('mask without a key is a validation error', () => {
    expect(() => redact(text, { sub: 'mask' })).toThrow(ValidationError)
  })

  it('findings carry offsets, confidence and detector but never the value', () => {
    const { findings } = redact(text)
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['confidence', 'detector', 'end', 'start', 'type'])
      expect(JSON.stringify(f)).not.toContain('415')
    }
  })
})

describe('scan options', () => {
  it('types filters, names:false disables the names stage, minConfidence raises the bar', () => {
    expect(scan(text, { types: ['phone_number'] }).map((f) => f.type)).toEqual(['phone_number'])
    expect(scan(text, { names: false }).map((f) => f.type)).toEqual(['phone_number', 'email_address'])
    expect(scan('order 4155550192 for my phone', { minConfidence: 0.99 })).toEqual([])
  })

  it('returns nothing for empty text', () => {
    expect(scan('')).toEqual([])
    expect(redact('')).toEqual({ text: '', findings: [] })
  })
})

describe('labels in Chinese, Japanese and Korean', () => {
  it('a phone, account, card or birth date after a CJK label is found; an order number is not a phone', () => {
    expect(redact('전화번호는 010-1234-5678입니다').text).toBe('전화번호는 [PHONE_NUMBER]입니다')
    expect(redact('我的手机号码是13812345678').text).toBe('我的手机号码是[PHONE_NUMBER]')
    expect(redact('口座番号は1234567です').text).toBe('口座番号は[ACCOUNT_NUMBER]です')
    expect(redact('生年月日は1985年3月3日です').text).toBe('生年月日は[DATE_OF_BIRTH]です')
    expect(redact('생년월일은 1985년 3월 3일 입니다').text).toBe('생년월일은 [DATE_OF_BIRTH] 입니다')
    expect(redact('주문번호는 010-1234-5678 입니다').text).toBe('주문번호는 010-1234-5678 입니다')
    expect(redact('予約日は2026年3月3日です').text).toBe('予約日は2026年3月3日です')
  })
})

describe('numbers named in the languages callers switch to', () => {
  it('an Italian policy ("polizza") and an Indian hospital\'s UHID are found', () => {
    expect(redact('Polizza n. RCA-7731904 intestata a lei').text).toBe('Polizza n. [ACCOUNT_NUMBER] intestata a lei')
    expect(redact('uhid is m h two two nine one oh four seven seven and the ward').text).toBe('uhid is [HEALTHCARE_NUMBER] and the ward')
  })
})

describe('long exchanges (blind set BD)', () => {
  it('a speaker tag written without a colon ("speaker b") says who talks, not what the number is', () => {
    expect(redact("can i have the loan number please speaker b yeah it's one one oh two two four seven eight five").text).toBe(
      "can i have the loan number please speaker b yeah it's [ACCOUNT_NUMBER]",
    )
  })
  it('a contract number is an account number; a birth date with a two-digit year answers the question before', () => {
    expect(redact("Agent: Can I have your contract number?\nCustomer: It's E H W, five zero one, nine four four, three.").text).toBe(
      "Agent: Can I have your contract number?\nCustomer: It's [ACCOUNT_NUMBER].",
    )
    expect(redact("speaker a can i just take your date of birth first\nspeaker b it's the twentieth of july ninety one\nspeaker a lovely").text).toBe(
      "speaker a can i just take your date of birth first\nspeaker b it's [DATE_OF_BIRTH]\nspeaker a lovely",
    )
  })
  it('no address in "online at ssa dot gov", no name in a clerk\'s turn label, no IP in a version reinstalled', () => {
    const text = 'Clerk: Sure. You can request a replacement online at ssa dot gov. Rollback: reinstall 1.22.7.11 from the mirror.'
    expect(redact(text).text).toBe(text)
  })
})

describe('long exchanges: towns by airport codes, firms called, menus answered, version minimums', () => {
  it('leaves them alone, and still finds a caller who names herself', () => {
    const itinerary = 'SA 1420  Austin (AUS) 07:10 -> Charlotte (CLT) 11:05\nconnection to Florence (FLR) 07:55'
    expect(redact(itinerary).text).toBe(itinerary)
    const firm = 'Speaker A: Hi, thanks for calling Harper and Finch, how can I help?'
    expect(redact(firm).text).toBe(firm)
    const menu = 'IVR: For outages, press one. For billing, press two.\nCaller: Billing.\nIVR: Please hold.'
    expect(redact(menu).text).toBe(menu)
    const version = 'Support: the firmware should be 3.1.0.24 or newer.'
    expect(redact(version).text).toBe(version)
    expect(redact('Agent: Who am I speaking with?\nCaller: Zephyrine.').text).toBe('Agent: Who am I speaking with?\nCaller: [PERSON_NAME].')
  })
})

describe('opt-in types', () => {
  it('finds URLs only when asked for them by name (a link alone identifies nobody)', () => {
    const text = 'The recording is at https://cdn.example.com/ivr/q7/80283399.m4a for Maria Lopez.'
    expect(scan(text).map((f) => f.type)).toEqual(['person_name'])
    expect(scan(text, { types: ['url', 'person_name'] }).map((f) => f.type)).toEqual(['url', 'person_name'])
  })
})
