import { describe, expect, it } from 'vitest'
import { redact, scan, scanTranscriptText } from './index.js'

const MB = 1 << 20

/** Inputs built to trip backtracking regexes or quadratic scans; correctness only (speed is in bench/pii). */
const inputs: Record<string, string> = {
  digits: '1'.repeat(MB),
  spacedDigits: '1 '.repeat(MB / 2),
  dots: '.'.repeat(MB),
  digitDots: '1.'.repeat(MB / 2),
  atSigns: '@'.repeat(MB),
  localParts: 'a.'.repeat(MB / 4) + '@',
  atDots: 'a@b.'.repeat(MB / 4),
  dashes: '-'.repeat(MB),
  colons: ':'.repeat(MB),
  hexColons: 'a:'.repeat(MB / 2),
  hashes: '#'.repeat(MB),
  brackets: '[PERSON_NAME]'.repeat(MB / 13),
  spokenDigits: 'five '.repeat(MB / 5),
  dotWords: 'a dot '.repeat(MB / 6),
  names: 'Maria '.repeat(MB / 6),
  ibanish: 'DE89 '.repeat(MB / 5),
  // 150,000 name findings in one line: once overflowed the call stack (push(...findings)).
  manyNames: 'Maria '.repeat(300_000),
  nameLists: 'Okonkwo, '.repeat(MB / 9),
  densePhones: 'call 415-555-0192 '.repeat(MB / 18),
  url: `https://${'a'.repeat(MB)}`,
  // each date looks back for its line's label: one line of dates must stay linear
  datesOnOneLine: 'born 03/04/1990, start 10/30/2024; '.repeat(MB / 35),
  // names in a line without a space: each name's end is looked at within the name, not back to the text's start
  namesWithoutSpaces: 'name,national_id,dob\n' + 'Ann,9304033147080,1993-04-03,'.repeat(MB / 29),
  // route arrows between words: only a word right after an arrow reads back for its start
  routeArrows: 'Hanoi → Sydney '.repeat(MB / 16),
  // one run of single letters: each letter measures the run only once
  spelledLetters: 'a b c d '.repeat(MB / 8),
  // a record's name parts with no brace in sight: each field's object is looked for nearby, not to the text's ends
  jsonNameParts: '"first":"Ann","last":"Lee",'.repeat(MB / 26),
  // birth dates without a year on one long line: each looked back to the line's start (quadratic until session 52)
  datesWithoutYear: 'born February 29th. '.repeat(MB / 20),
  // handles joined by underscores on one long line: each once sliced and split its whole line (quadratic until session
  // 60's review)
  joinedHandles: 'accounts relics_north2, kp_militaria and '.repeat(MB / 41),
  // the Cyrillic and Greek and the Vietnamese name stages: each name once looked through every name taken before it
  cyrillicNames: 'Ю. Марченко, Иванов Иван Иванович и борис шапиро; '.repeat(MB / 50),
  vietnameseNames: 'Khách hàng Nguyễn Văn An và chị Lan, '.repeat(MB / 37),
  // names in Arabic script and cards named by their scheme (session 61's stages), with Arabic-Indic digits
  arabicNames: 'معك أم خالد، أحمد حسن الكعبي بن علي يا سارة ٠٥٠٤٤١٨٢٢٧ '.repeat(MB / 55),
  namedCards: 'CSCS card no: 04417293, card 3398172; '.repeat(MB / 38),
}

describe('adversarial inputs (1 MB each)', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`${name}: returns well-formed findings inside the text`, () => {
      const findings = scan(text)
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0)
        expect(f.end).toBeLessThanOrEqual(text.length)
        expect(f.end).toBeGreaterThan(f.start)
      }
      for (let i = 1; i < findings.length; i++) {
        expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0)
      }
    })
  }

  it('reports every one of 150,000 names of a huge line', () => {
    expect(scan(inputs['manyNames'] ?? '').length).toBe(150_000)
  })

  it('a long digit run is not a card, phone or SSN', () => {
    expect(scan(inputs['digits'] ?? '')).toEqual([])
  })

  it('redact and scanTranscriptText survive binary-ish and mixed-script text', () => {
    const mixed = 'Ωμέγα 😀 \u0000\u0001\uFFFD 日本語 call 415-555-0192 \uD800 lone surrogate'
    const out = redact(mixed)
    expect(out.text).toContain('[PHONE_NUMBER]')
    expect(out.text).toContain('日本語')
    expect(scanTranscriptText(mixed).map((f) => f.type)).toEqual(['phone_number'])
  })
})
