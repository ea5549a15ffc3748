/**
 * Numbers said again: on a call a number is read back ("Let me read that back: 0 double 1 7 9 double
 * 2 5636?") or repeated, often far from the words that made the first mention a phone or a card. Once
 * the detectors have found a number, any other digit sequence in the text with exactly its digits
 * (seven or more) is the same value and gets the same type. A date of birth said again is one too,
 * whatever form it takes the second time.
 *
 * @module
 */
import { letterPrefixStart } from './detectors/account-letters.js'
import { namedRightBefore } from './detectors/classifier-context.js'
import type { Candidate } from './detectors/detector.js'
import { contextWords } from './internal/context-words.js'
import { dateMentions, hasTwoYears } from './internal/date-mentions.js'
import { type DigitGroup, viewDigitRuns } from './internal/digit-runs.js'
import { mapSpan, type OffsetText } from './internal/offset-text.js'
import type { PiiFinding, PiiType } from './pii-types.js'
import { firstEndingAfter, overlapsSpan } from './internal/sorted-positions.js'

/** Types whose value is a number the read-back can be compared by. */
const NUMBER_TYPES: ReadonlySet<PiiType> = new Set(['phone_number', 'credit_card_number', 'us_social_security_number', 'account_number', 'banking_information'])
/** A long number's part said again on its own ("Can you repeat the last part? 7829 8845"): at least this many digits ... */
const MIN_PART_DIGITS = 6
/** ... of a number at least this long (an IBAN, a card, a long account: a part of a shorter one repeats by chance). */
const MIN_WHOLE_FOR_PART = 12
/** Shorter numbers repeat by chance (amounts, times, counts). */
const MIN_DIGITS = 7
const READ_BACK_CONFIDENCE = 0.85
/** "the last four", "last 4 digits are", "ending", "ends in", right before four digits (view text). */
const LAST_FOUR_BEFORE = /\b(?:last (?:4|four)(?: digits)?(?: (?:are|is|were|was|entered|given|keyed))?|ending(?: in| with)?|ends? (?:in|with)|ended (?:in|with))[ ,:]*$/i
/** "..., yeah, 9165 at the end": four digits said to end a number (view text after them). */
const LAST_FOUR_AFTER = /^[ ,]*(?:at|on) the end\b/i
/** A digit group of a run, in source offsets, with its view start. */
interface Group {
  readonly start: number
  readonly end: number
  readonly viewStart: number
  readonly digits: string
}
/** Birth dates said again are looked for in texts with at most this many (a call, not a list of records). */
const MAX_BIRTH_DATES = 16

/** Candidates for the other mentions of numbers and birth dates already found (`findings`: resolved, in source offsets). */
export function readBacks(view: OffsetText, findings: readonly PiiFinding[]): Candidate[] {
  let births = 0
  for (const f of findings) if (f.type === 'date_of_birth') births++
  // a text with more birth dates than a call has is a list, each date with its own label
  // (a date said again needs a second year in the text: most texts with a birth date have one date)
  const dates = births > 0 && births <= MAX_BIRTH_DATES && hasTwoYears(view.text) ? birthDatesAgain(view, findings) : []
  const numbers = numberReadBacks(view, findings)
  return dates.length === 0 ? numbers : [...numbers, ...dates]
}

/**
 * A date of birth said again, in the same or another form ("The eighteenth of September, 1960. Okay,
 * so 9/18/1960?"): every other full date naming the same day (a numeric date read both ways).
 */
function birthDatesAgain(view: OffsetText, findings: readonly PiiFinding[]): Candidate[] {
  const mentions = dateMentions(view.text)
    .map((m) => ({ keys: m.keys, src: mapSpan(view, m.start, m.end) }))
    .sort((a, b) => a.src.start - b.src.start)
  // resolved findings do not overlap: sorted by start, their ends are sorted too (binary searches below)
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  const births = sorted.filter((f) => f.type === 'date_of_birth')
  const known = new Set<string>()
  for (const m of mentions) {
    const f = births[firstEndingAfter(births, m.src.start)]
    if (f !== undefined && f.start <= m.src.start && f.end >= m.src.end) for (const k of m.keys) known.add(k)
  }
  const out: Candidate[] = []
  let lastEnd = -1
  for (const m of mentions) {
    if (m.src.start < lastEnd || !m.keys.some((k) => known.has(k))) continue
    const f = sorted[firstEndingAfter(sorted, m.src.start)]
    if (f !== undefined && f.start < m.src.end) continue
    out.push({ type: 'date_of_birth', start: m.src.start, end: m.src.end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back', validated: false })
    lastEnd = m.src.end
  }
  return out
}


function numberReadBacks(view: OffsetText, findings: readonly PiiFinding[]): Candidate[] {
  const numbers = findings.filter((f) => NUMBER_TYPES.has(f.type)).sort((a, b) => a.start - b.start)
  if (numbers.length === 0) return []
  const text = view.text
  const runs = viewDigitRuns(view)
  // each number's digits: the digit groups of the view that lie inside its span, in order (groups come
  // in text order, so one pointer walks the numbers alongside them)
  const digitsOf = new Map<PiiFinding, string>()
  const spans: Group[][] = []
  // four digits said as the last four, for a number found whole ("... is 8816389642, and I'll just confirm the last four, 9642",
  // "so that's 7136679165 correct? yeah, 9165 at the end")
  const lastFours: DigitGroup[] = []
  let p = 0
  for (const run of runs) {
    // a run of fewer digits than a read-back's can hold none (most runs: times, amounts, counts)
    let count = 0
    for (const g of run.groups) count += g.end - g.start
    if (count < MIN_DIGITS) {
      const g = run.groups[run.groups.length - 1]
      if (g !== undefined && g.end - g.start === 4 && (LAST_FOUR_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start)) || LAST_FOUR_AFTER.test(text.slice(g.end, g.end + 16)))) lastFours.push(g)
      continue
    }
    const groups: Group[] = []
    for (const g of run.groups) {
      const src = mapSpan(view, g.start, g.end)
      const digits = text.slice(g.start, g.end)
      groups.push({ start: src.start, end: src.end, viewStart: g.start, digits })
      while (p < numbers.length && (numbers[p] as PiiFinding).end <= src.start) p++
      const owner = numbers[p]
      if (owner !== undefined && src.start >= owner.start && src.end <= owner.end) digitsOf.set(owner, (digitsOf.get(owner) ?? '') + digits)
    }
    spans.push(groups)
  }
  const known = new Map<string, PiiType>()
  let longest = 0
  for (const [f, digits] of digitsOf) {
    if (digits.length < MIN_DIGITS) continue
    known.set(digits, f.type)
    longest = Math.max(longest, digits.length)
  }
  if (known.size === 0) return []
  // (a binary search over the findings by start: a text of thousands of numbers said twice stays linear)
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  const taken = (start: number, end: number): boolean => overlapsSpan(sorted, start, end)
  const long = [...known].filter(([digits]) => digits.length >= MIN_WHOLE_FOR_PART)
  // (indexes, so a text of thousands of numbers stays linear: by their first digits, their thirds, their last four)
  const byStart = new Map<string, string[]>()
  for (const digits of known.keys()) addTo(byStart, digits.slice(0, MIN_DIGITS), digits)
  const longByThird = thirdsIndex(long)
  const swapped = swapsIndex(known)
  const byLastFour = new Map<string, PiiType>()
  for (const [digits, type] of known) if (!byLastFour.has(digits.slice(-4))) byLastFour.set(digits.slice(-4), type)
  const out: Candidate[] = []
  for (const g of lastFours) {
    const type = byLastFour.get(text.slice(g.start, g.end))
    const src = mapSpan(view, g.start, g.end)
    if (type !== undefined && !taken(src.start, src.end)) out.push({ type, start: src.start, end: src.end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back-last-four', validated: false })
  }
  for (const groups of spans) {
    const part = long.length > 0 ? partOfLong(groups, long) : undefined
    if (part !== undefined) {
      const start = (groups[0] as { start: number }).start
      const end = (groups[groups.length - 1] as { end: number }).end
      if (!taken(start, end)) out.push({ type: part, start, end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back-part', validated: false })
      continue
    }
    // two numbers found apart, read back with no pause between them ("... can you read that back to me
    // zero six six eight four five one nine nine and then six one nine seven ...": the view joins them)
    const joined = known.size >= 2 ? joinedKnown(view, groups, known, byStart) : []
    if (joined.length > 0) {
      for (const c of joined) if (!taken(c.start, c.end)) out.push(c)
      continue
    }
    // a long number said again with a digit or two wrong, misheard or mistyped ("So I have 6011 1824 3653 7704?
    // No, sorry, it's 6011 1824 6353 7704"): the same number, said wrong
    // ... or a shorter one with two neighbouring digits swapped, unless named as another kind right before ("Order 44210937")
    const near = long.length > 0 ? nearLong(groups, known, longByThird) : swapped.size > 0 ? swappedKnown(text, groups, swapped) : undefined
    if (near !== undefined) {
      // (an account number's letters said again with it: "y l b two four eight double one ...")
      const first = groups[0] as Group
      const letters = near === 'account_number' ? letterPrefixStart(text, first.viewStart) : first.viewStart
      const start = letters < first.viewStart ? mapSpan(view, letters, first.viewStart).start : first.start
      const end = (groups[groups.length - 1] as { end: number }).end
      if (!taken(start, end)) out.push({ type: near, start, end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back-near', validated: false })
      continue
    }
    for (let a = 0; a < groups.length; a++) {
      let digits = ''
      for (let b = a; b < groups.length; b++) {
        digits += (groups[b] as { digits: string }).digits
        if (digits.length > longest) break
        const type = known.get(digits)
        if (type === undefined) continue
        const start = (groups[a] as { start: number }).start
        const end = (groups[b] as { end: number }).end
        if (!taken(start, end)) out.push({ type, start, end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back', validated: false })
        a = b
        break
      }
    }
  }
  return out
}

/**
 * The run's digits cut into numbers found elsewhere, all of them and nothing else, when they are two or
 * more: one candidate for each (none when the digits are not wholly such numbers).
 */
function joinedKnown(view: OffsetText, groups: readonly Group[], known: ReadonlyMap<string, PiiType>, byStart: ReadonlyMap<string, readonly string[]>): Candidate[] {
  let digits = ''
  for (const g of groups) digits += g.digits
  const cuts: [number, number, PiiType][] = []
  // (greedy, longest value first at each point: values of seven or more digits seldom start alike)
  let i = 0
  while (i < digits.length) {
    let value: string | undefined
    for (const v of byStart.get(digits.slice(i, i + MIN_DIGITS)) ?? []) if (digits.startsWith(v, i) && (value === undefined || v.length > value.length)) value = v
    if (value === undefined) return []
    cuts.push([i, i + value.length, known.get(value) as PiiType])
    i += value.length
  }
  if (cuts.length < 2) return []
  // each digit's view offset (groups are digits only in the view)
  const at: number[] = []
  for (const g of groups) for (let k = 0; k < g.digits.length; k++) at.push(g.viewStart + k)
  return cuts.map(([a, b, type]) => {
    const src = mapSpan(view, at[a] as number, (at[b - 1] as number) + 1)
    return { type, start: src.start, end: src.end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back-joined', validated: false }
  })
}

/**
 * The shorter numbers found (seven to eleven digits) with two neighbouring digits swapped, the commonest slip
 * ("Correct one is 268393054 not 268390354"): each swap's digits, to the number's type. One number of that
 * shorter length differing otherwise is another number.
 */
function swapsIndex(known: ReadonlyMap<string, PiiType>): Map<string, PiiType> {
  const index = new Map<string, PiiType>()
  for (const [digits, type] of known) {
    if (digits.length >= MIN_WHOLE_FOR_PART) continue
    for (let k = 0; k + 1 < digits.length; k++) {
      if (digits[k] === digits[k + 1]) continue
      const swap = digits.slice(0, k) + (digits[k + 1] as string) + (digits[k] as string) + digits.slice(k + 2)
      if (!known.has(swap)) index.set(swap, type)
    }
  }
  return index
}

/** The type of the number the run's digits are with two neighbouring digits swapped, unless another kind is named right before ("Order 44210937"). */
function swappedKnown(text: string, groups: readonly Group[], swapped: ReadonlyMap<string, PiiType>): PiiType | undefined {
  const type = swapped.get(groups.map((g) => g.digits).join(''))
  if (type === undefined) return undefined
  const at = (groups[0] as Group).viewStart
  return namedRightBefore(contextWords(text, at, at, 4, 0).before) ? undefined : type
}

/** Digits two numbers of one length may differ in and still be one number said wrong (a pair swapped is two). */
const MAX_WRONG_DIGITS = 2

/**
 * The long numbers (twelve digits or more) by length and by each of their three thirds: two numbers of one
 * length that differ in at most two digits share at least one third exactly.
 */
function thirdsIndex(long: readonly [string, PiiType][]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const [digits] of long) for (let t = 0; t < 3; t++) addTo(index, thirdKey(digits, t), digits)
  return index
}

function addTo(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key)
  if (list === undefined) index.set(key, [value])
  else list.push(value)
}
const thirdKey = (digits: string, t: number): string => {
  const size = Math.ceil(digits.length / 3)
  return `${digits.length}:${t}:${digits.slice(t * size, (t + 1) * size)}`
}

/** The type of the long number (twelve digits or more) the run's digits are, but for a digit or two, when none is exactly. */
function nearLong(groups: readonly { digits: string }[], known: ReadonlyMap<string, PiiType>, byThird: ReadonlyMap<string, readonly string[]>): PiiType | undefined {
  let digits = ''
  for (const g of groups) digits += g.digits
  if (digits.length < MIN_WHOLE_FOR_PART || known.has(digits)) return undefined
  for (let t = 0; t < 3; t++) {
    for (const whole of byThird.get(thirdKey(digits, t)) ?? []) {
      let wrong = 0
      for (let k = 0; k < whole.length && wrong <= MAX_WRONG_DIGITS; k++) if (whole.charCodeAt(k) !== digits.charCodeAt(k)) wrong++
      if (wrong <= MAX_WRONG_DIGITS) return known.get(whole)
    }
  }
  return undefined
}

/** The type of the long number whose digits hold a whole run's, when the run is shorter (a part of it said again). */
function partOfLong(groups: readonly { digits: string }[], long: readonly [string, PiiType][]): PiiType | undefined {
  let digits = ''
  for (const g of groups) digits += g.digits
  if (digits.length < MIN_PART_DIGITS) return undefined
  for (const [whole, type] of long) if (whole.length > digits.length && whole.includes(digits)) return type
  return undefined
}
