import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { createPiiEngine } from './pii-engine.js'

const norm = (text: string): string => normalizeSpoken(text).text
const engine = createPiiEngine()
const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redact = (text: string): string => engine.redact(text).text

describe('Dutch numbers read out in pairs and digits (blind set IF)', () => {
  it('a run of three Dutch numbers or more, one of them ten or more, is one number', () => {
    expect(norm('sorry ja nul zes negentien vierentachtig zevenentwintig drieënvijftig')).toBe('sorry ja 0619842753')
    expect(norm('and the customer number  dertig  vierenzestig  nul nul  achtentachtig')).toBe('and the customer number  30640088')
    expect(norm('my rijksregisternummer is  zeventig  elf  nul een  zeven nul negen  tweeëndertig')).toBe('my rijksregisternummer is  70110170932')
    // ... and "één" is a digit among others
    expect(norm('okay the bsn  twee één twee  zeven drie twee  zes zes drie  and i am')).toBe('okay the bsn  212732663  and i am')
  })

  it('alone, or in English, the words stay', () => {
    expect(norm('ik ben vierentwintig jaar en heb twee kinderen')).toBe('ik ben vierentwintig jaar en heb twee kinderen')
    expect(norm('an elf and a tiene, then elf again')).toBe('an elf and a tiene, then elf again')
  })

  it('"punt" is a dot in an address or between numbers, "apenstaartje" an at and "streepje" a dash', () => {
    expect(norm('my email is  femkebakker at live punt nl  femke')).toBe('my email is  femkebakker@live.nl  femke')
    expect(norm("it's now  d punt mertens at telenet punt be  with a d")).toBe("it's now  d.mertens@telenet.be  with a d")
    expect(norm('lars streepje schouten apenstaartje gmail punt com')).toBe('lars-schouten@gmail.com')
    expect(norm('we will punt on this for now')).toBe('we will punt on this for now')
  })

  it('letters spelled "V van Victor" in a run are letters; "D van Dam" is a name', () => {
    expect(norm("my last name is vermeulen  that's  v van victor a van anton n van nico  then")).toBe("my last name is vermeulen  that's  v a n  then")
    expect(norm('Yes. V van Victor, E van Eduard, R van Rudolf.')).toBe('Yes. v, e, r.')
    expect(norm('the owner is D van Dam, and')).toBe('the owner is D van Dam, and')
    expect(redact('Agent: Could you spell your surname for me? Caller: Yes. V van Victor, E van Eduard, R van Rudolf, M van Maria. Agent: Thanks')).toBe(
      'Agent: Could you spell your surname for me? Caller: Yes. [PERSON_NAME]. Agent: Thanks',
    )
  })
})

describe('Dutch birth dates said in words (blind set IF)', () => {
  it('the day, the month and the year as Dutch says them', () => {
    expect(found('my date of birth is  zesentwintig januari  tweeduizend  and')).toEqual([['date_of_birth', 'zesentwintig januari  tweeduizend']])
    expect(found('born  tweeëntwintig juni negentien vierenveertig  and she needs')).toEqual([['date_of_birth', 'tweeëntwintig juni negentien vierenveertig']])
    expect(found('he was born in paramaribo  negen juli negentienhonderd zevenenvijftig  and he lives')).toEqual([['date_of_birth', 'negen juli negentienhonderd zevenenvijftig']])
    // ... without a birth word, a date
    expect(found('de afspraak is op negen juli tweeduizend vierentwintig')).toEqual([])
  })
})

describe("Dutch and Belgian insurers' and utilities' numbers (blind set IF)", () => {
  it('a customer, relation or member number as they name it, and a BSN under its column', () => {
    expect(found('Nieuw klantnr aangemaakt: 771 305 882.')).toEqual([['account_number', '771 305 882']])
    expect(found('Name,Geboortedatum,BSN,Zorgverzekeraar,Lidnummer\nJan Smit,01-02-1980,123456782,Zilveren Kruis,180334571')).toEqual([
      ['date_of_birth', '01-02-1980'],
      ['us_social_security_number', '123456782'],
      ['account_number', '180334571'],
    ])
  })
})
