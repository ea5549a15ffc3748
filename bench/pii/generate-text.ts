/**
 * Generated call-centre text for the speed bench: seeded, mixed written/spoken/lower-case
 * utterances with and without PII, in paragraphs of about 3 KB (one engine call each).
 *
 * @module
 */
import { seededRandom } from '../helpers/seeded-random.js'

const mulberry32 = seededRandom

const FIRST = ['alex', 'sam', 'jordan', 'taylor', 'casey', 'morgan', 'jamie', 'riley', 'avery', 'quinn']
const LAST = ['carter', 'nguyen', 'schultz', 'moreno', 'ibrahim', 'kowal', 'tanaka', 'osei', 'larsen', 'dubois']
const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

export function generateCallText(bytes: number, seed = 7): string[] {
  const rnd = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('')
  const spoken = (d: string): string => [...d].map((c) => DIGITS[Number(c)]).join(' ')
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
  const templates: (() => string)[] = [
    () => `Hi, it's ${cap(pick(FIRST))} ${cap(pick(LAST))}, my number is ${digits(3)}-555-${digits(4)}.`,
    () => `my number is ${spoken(`${digits(3)}555${digits(4)}`)} and my email is ${pick(FIRST)} dot ${pick(LAST)} at example dot com`,
    () => `The card number is 4${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)}, expiring next year.`,
    () => `My social is ${digits(3)}-${digits(2)}-${digits(4)}.`,
    () => `i was born on ${pick(['may', 'june', 'july'])} ${pick(['fifth', 'twelfth', 'twenty first'])} nineteen eighty ${pick(DIGITS)}`,
    () => `Your order of ${Math.floor(rnd() * 9) + 1} items will arrive in 5 to 7 business days.`,
    () => 'Thank you for calling, how can I help you today?',
    () => `It's been about ${pick(DIGITS)} months since the last update, maybe ${digits(2)} days.`,
    () => `please transfer it to GB${digits(2)} ABCD ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`,
    () => 'Let me check that with my supervisor, please hold for two minutes.',
    () => `The router shows the IP address ${digits(2)}.${digits(2)}.${digits(1)}.${digits(2)}.`,
    () => 'I called like four times last week and waited forty five minutes each time.',
  ]
  const paragraphs: string[] = []
  let total = 0
  let current = ''
  while (total < bytes) {
    const u = (pick(templates) as () => string)()
    current += `${u} `
    if (current.length >= 3000) {
      paragraphs.push(current)
      total += current.length
      current = ''
    }
  }
  if (current !== '') paragraphs.push(current)
  return paragraphs
}

/** Inputs built to trip backtracking or quadratic scans. */
export function adversarialInputs(size = 1 << 20): Record<string, string> {
  return {
    'digit run': '7'.repeat(size),
    'spaced digits': '7 '.repeat(size / 2),
    dots: '.'.repeat(size),
    'digit dots': '1.'.repeat(size / 2),
    'at-signs': '@'.repeat(size),
    'local@ chains': 'a@b.'.repeat(size / 4),
    dashes: '-'.repeat(size),
    'hex colons': 'a:'.repeat(size / 2),
    'spoken digits': 'five '.repeat(size / 5),
    'spoken dots': 'a dot '.repeat(size / 6),
    'names': 'Maria '.repeat(size / 6),
    'IBAN-ish': 'DE89 '.repeat(size / 5),
    // dates of birth and other dates on one long line: each looks back at its own line's labels
    'dates on one line': 'born 03/04/1990, start 10/30/2024; '.repeat(size / 35),
    // letters and digits spelled in pieces after identity schemes' names, each run read for their shapes
    'spelled id pieces': 'ni number s k 62 07 c, pps 1 2 a b '.repeat(size / 35),
    // thousands of findings of one detector on one line: each checked against those before it
    'birth dates in words': 'born the first of may 1990 '.repeat(size / 27),
    'licences': "driver's license 125 709 351 ".repeat(size / 29),
    // one identifier said thousands of times: each a spelled read-back of the others
    'same id repeated': 'DNI 12345678Z '.repeat(size / 14),
    // names in a table of one long line without a space: each name's end is looked at within the name
    'names without spaces': 'name,national_id,dob\n' + 'Ann,9304033147080,1993-04-03,'.repeat(size / 29),
    // one run of single letters: each letter once measured the whole run after it (quadratic until session 49)
    'spelled letters': 'a b c d '.repeat(size / 8),
    // a record's name parts with no brace in sight: each field's object was looked for to the text's ends (quadratic in
    // fdf6eb3, session 50, until its review found it)
    'record name parts': '"first":"Ann","last":"Lee",'.repeat(size / 26),
    // birth dates without a year on one long line: each looked for its line's start back to the text's start (20 s a
    // MB until session 52)
    'birth dates without a year': 'born February 29th. '.repeat(size / 20),
    // handles joined by underscores on one long line: each once sliced and split its whole line for a header (23 s for
    // 256 KB in session 60 until its review found it)
    'joined handles': 'accounts relics_north2, kp_militaria and '.repeat(size / 41),
    // names in Cyrillic (given names, patronymics, surnames, initials) and in Vietnamese text, read by their own stages
    'Cyrillic names': 'Ю. Марченко, Иванов Иван Иванович и борис шапиро; '.repeat(size / 50),
    'Vietnamese names': 'Khách hàng Nguyễn Văn An và chị Lan, '.repeat(size / 37),
    // names in Arabic script, with Arabic-Indic digits; cards named by their scheme (session 61)
    'Arabic names': 'معك أم خالد، أحمد حسن الكعبي بن علي يا سارة ٠٥٠٤٤١٨٢٢٧ '.repeat(size / 55),
    'named cards': 'CSCS card no: 04417293, card 3398172; '.repeat(size / 38),
  }
}
