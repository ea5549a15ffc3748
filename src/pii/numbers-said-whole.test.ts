import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('identity numbers and birth dates said whole (blind sets IA, HN, HY)', () => {
  it("Chile's RUT and Argentina's DNI said with millions and thousands", () => {
    expect(found('sí mire es que mi rut es quince millones novecientos noventa y ocho mil cuatrocientos dos guion ocho')).toEqual([
      ['us_social_security_number', 'quince millones novecientos noventa y ocho mil cuatrocientos dos guion ocho'],
    ])
    expect(found('Agent: The DNI number, please. Caller: Treinta y nueve millones diecisiete mil seiscientos veintiocho. Agent: Got it')).toEqual([
      ['us_social_security_number', 'Treinta y nueve millones diecisiete mil seiscientos veintiocho'],
    ])
    expect(found('el depto cuesta dos millones quinientos mil pesos')).toEqual([])
  })

  it('French birth dates said in words, the year "mille neuf cent ...", "dix-neuf cent ..." or "deux mille ..."', () => {
    expect(found('et ma date de naissance  le dix neuf avril mille neuf cent quatre vingt huit  merci')).toEqual([
      ['date_of_birth', 'dix neuf avril mille neuf cent quatre vingt huit'],
    ])
    expect(found('il est né le trois février deux mille vingt-quatre et voilà')).toEqual([['date_of_birth', 'trois février deux mille vingt-quatre']])
    expect(found('née le premier mars dix-neuf cent soixante-dix-neuf')).toEqual([['date_of_birth', 'premier mars dix-neuf cent soixante-dix-neuf']])
    // ... without a birth word, a date
    expect(found('le rendez-vous est le trois février deux mille vingt-quatre')).toEqual([])
  })
})
