import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { createPiiEngine } from './pii-engine.js'

const norm = (text: string): string => normalizeSpoken(text).text
const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('Polish and Romanian callers (blind set IK)', () => {
  it('digits read in Polish or Romanian, in a run of four or more', () => {
    expect(norm('the pesel zero jeden dwa trzy jeden dwa dziewięć zero cztery dziewięć pięć  a dowód')).toBe('the pesel 01231290495  a dowód')
    expect(norm('cnp doi opt șapte zero șase doi trei patru zero unu unu opt cinci')).toBe('cnp 2870623401185')
    // ... alone, or in English, words
    expect(norm('i opt to pay five, dwa razy')).toBe('i opt to pay 5, dwa razy')
  })

  it('a passport named in Romanian; "kropka", "małpa" and "punct" in an address', () => {
    expect(found('pașaportul vechi zero cinci doi unu unu opt șase patru zero  ok')).toEqual([['passport_number', 'zero cinci doi unu unu opt șase patru zero']])
    expect(norm('mój email to anna kropka nowak małpa wp kropka pl')).toBe('mój email to anna.nowak@wp.pl')
    expect(norm('emailul cristina punct stanescu at outlook punct com')).toBe('emailul cristina.stanescu@outlook.com')
  })

  it('birth dates with Romanian months, Polish birth verbs and Roman-numeral months', () => {
    expect(found('She is Ana Pop, born 4 martie 1952.')).toEqual([['date_of_birth', '4 martie 1952']])
    expect(found('Caller: urodziłam się 24 grudnia 1949, w Wigilię.')).toEqual([['date_of_birth', '24 grudnia 1949']])
    expect(found('She gave her surname and DOB 5 VI 1951. Thx')).toEqual([['date_of_birth', '5 VI 1951']])
    expect(found('Section 5 VI 2020 of the act')).toEqual([])
  })
})

describe('Polish and Romanian birth dates said in words (blind set IK)', () => {
  it('a Polish ordinal day in the genitive, a Romanian day, the month, the year', () => {
    expect(found('i was born um trzeciego maja osiemdziesiąt pięć  sorry')).toEqual([['date_of_birth', 'trzeciego maja osiemdziesiąt pięć']])
    expect(found('she was born dwudziestego czwartego grudnia czterdzieści dziewięć  and')).toEqual([['date_of_birth', 'dwudziestego czwartego grudnia czterdzieści dziewięć']])
    expect(found('born patru martie o mie nouă sute cincizeci și doi  she has')).toEqual([['date_of_birth', 'patru martie o mie nouă sute cincizeci și doi']])
    // ... without a birth word, a date
    expect(found('the meeting is on drugiego października 2024')).toEqual([])
  })
})
