/**
 * A date of birth corrected in part: "March 3rd, 1977, sorry, 1978", "born 04/12/1983, no wait, the
 * 14th", "date of birth June 9th nineteen eighty, oops, nineteen eighty one". A caller who misspeaks a
 * birth date says again only the part that was wrong, right after it: the year, the day or the month
 * (or the whole date, after "but it should be"). That part names no date on its own, and no detector
 * finds it, but it is the same birth date. The part taken back is one too, when the birth date is found
 * after it: "born nineteen eighty five uh no sorry 12 March 1986", "my date of birth is the eleventh no
 * the 12th of June 1990".
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { DAY_NUMBER, MONTH_NAME } from './internal/date-mentions.js'
import type { PiiFinding } from './pii-types.js'

const NUMBER_WORD = '(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)'
const DAY_ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))'
/** The next speaker's label, when the correction is theirs ("... 1990? Speaker B: No, it's the 13th."). */
const SPEAKER_LABEL = String.raw`(?:(?:speaker\s+\w{1,2}|caller|customer|client|agent|rep|advisor|adviser|operator|patient|member)\s*:\s*)?`
/** Words that take back what was just said, one to three of them, then what introduces the right part. */
const TAKEN_BACK =
  String.raw`^[,.;:!?]?\s*${SPEAKER_LABEL}(?:(?:(?:no|nope|sorry|actually|wait|oops|i mean|i meant|my mistake|my bad|correction|scratch that)[,.!]?\s+){1,3}(?:(?:it's|it is|it was|that's|that should be|should be|make that)\s+)?|(?:but|and)\s+(?:it\s+|that\s+)?(?:should|ought to)\s+(?:be|read|say)\s+)`
/** The part said again: a year (written or spoken), a day, or a month with or without its day. */
const DAY = `(?:${DAY_NUMBER}(?:st|nd|rd|th)?|${DAY_ORDINAL})`
/** A spoken year ("nineteen seventy four", "two thousand and one") or a written one. */
const YEAR = String.raw`(?:(?:19|20)\d{2}|(?:nineteen|twenty|two thousand)(?:[ -](?:and[ -])?${NUMBER_WORD}){1,2})`
/**
 * ("the" before a day is not the date's; "May" alone is as often the verb: "sorry, may I ...")
 * (the whole date again, day first too: "... no wait twenty seventh december nineteen thirty one")
 */
const PART = String.raw`(?:the\s+)?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?!may\b)${MONTH_NAME}\.?\s+${DAY},?\s+${YEAR}|${DAY}\s+(?:of\s+)?${MONTH_NAME},?\s+${YEAR}|(?:19|20)\d{2}|'\d{2}|(?:nineteen|twenty|two thousand)(?:[ -](?:and[ -])?${NUMBER_WORD}){1,2}|${DAY_NUMBER}(?:st|nd|rd|th)|${DAY_ORDINAL}|(?!may\b)${MONTH_NAME}\.?(?:\s+(?:the\s+)?${DAY})?|may\s+(?:the\s+)?${DAY})(?![\p{L}\p{N}])(?!\s+(?:one|ones|time|thing|page|option|line|number|card|question|call)\b)`
const CORRECTED_PART = new RegExp(TAKEN_BACK + PART, 'iu')
/**
 * "oh sorry that's my wife's mine is february twenty three nineteen seventy four": after a birth date taken as
 * someone else's, the speaker's own, whole (a month and its day, or the day of a month, and a year; or numeric).
 */
const OWN_DATE_AFTER = new RegExp(
  String.raw`\bmine(?:'s|\s+is)\s+((?:${MONTH_NAME}\.?\s+(?:the\s+)?(?:${DAY}|${NUMBER_WORD}(?:[ -]${NUMBER_WORD})?),?\s+${YEAR})|(?:the\s+)?${DAY}\s+of\s+${MONTH_NAME},?\s+${YEAR}|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2})(?![\p{L}\p{N}])`,
  'iu',
)
/** A part (as above) said and taken back, ending where the birth date said instead begins. */
const TAKEN_BACK_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])${PART}[,.]?\s+(?:(?:uh|um|er|erm)[,.]?\s+)?(?:(?:no|nope|sorry|wait|oops|i mean|my mistake|correction)[,.!]?\s+){1,3}(?:(?:it's|it is|that's)\s+)?$`,
  'iu',
)
/**
 * The corrected date said once more, whole or in part, right after the correction: "No, it's the 13th. 13th of June,
 * 1990.", "no the thirteenth  thirteenth of march  okay thirteenth of march nineteen seventy". Only a few words of
 * assent between, and the date shares a word with the one before it (its day, its month or its year).
 */
const SAID_AGAIN = new RegExp(
  String.raw`^[,.;:!?]?\s*(?:(?:okay|ok|so|yes|yeah|yep|right|sorry|it's|it is|that's|that is|got it|correct|the)[,.!?]?\s+){0,3}` +
    String.raw`(${DAY}\s+(?:of\s+)?${MONTH_NAME}(?:,?\s+${YEAR})?|(?!may\b)${MONTH_NAME}\.?\s+(?:the\s+)?${DAY}(?:,?\s+${YEAR})?|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2})(?![\p{L}\p{N}])`,
  'iu',
)
/** The words of a date that may tie it to another ("the" and "of" do not). */
const dateWords = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the' && w !== 'of')
/** How many times a date is followed along, said again after itself. */
const MAX_SAID_AGAIN = 3
/** How far before a birth date the part taken back is read (source characters). */
const BACK_REACH = 60
/** How far after a birth date the speaker's own is read (source characters). */
const OWN_REACH = 120
/** How far after a birth date its correction is read (source characters). */
const REACH = 80
const CONFIDENCE = 0.75

/** The corrected parts of the birth dates in `findings` (resolved, sorted by start). */
export function correctedBirthDates(text: string, findings: readonly PiiFinding[]): Candidate[] {
  const out: Candidate[] = []
  for (const f of findings) {
    if (f.type !== 'date_of_birth') continue
    const after = text.slice(f.end, f.end + REACH)
    const own = OWN_DATE_AFTER.exec(text.slice(f.end, f.end + OWN_REACH))
    if (own !== null) {
      const start = f.end + own.index + own[0].length - (own[1] as string).length
      if (!findings.some((g) => g.start < start + (own[1] as string).length && start < g.end)) out.push({ type: 'date_of_birth', start, end: start + (own[1] as string).length, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'own-birth-date', validated: false })
    }
    const from = Math.max(0, f.start - BACK_REACH)
    const back = TAKEN_BACK_BEFORE.exec(text.slice(from, f.start))
    if (back !== null) {
      const part = back[1] as string
      const start = from + back.index + back[0].indexOf(part)
      if (!findings.some((g) => g.start < start + part.length && start < g.end)) out.push({ type: 'date_of_birth', start, end: start + part.length, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'corrected-birth-date', validated: false })
    }
    const m = CORRECTED_PART.exec(after)
    if (m === null) continue
    const part = m[1] as string
    const start = f.end + m[0].length - part.length
    out.push({ type: 'date_of_birth', start, end: start + part.length, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'corrected-birth-date', validated: false })
    // ... and the corrected date said again after it
    let prev = { start, end: start + part.length }
    for (let k = 0; k < MAX_SAID_AGAIN; k++) {
      const again = SAID_AGAIN.exec(text.slice(prev.end, prev.end + REACH))
      if (again === null) break
      const said = again[1] as string
      const words = new Set(dateWords(text.slice(prev.start, prev.end)))
      if (!dateWords(said).some((w) => words.has(w))) break
      const at = prev.end + again[0].length - said.length
      if (!findings.some((g) => g.start < at + said.length && at < g.end)) out.push({ type: 'date_of_birth', start: at, end: at + said.length, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'corrected-birth-date', validated: false })
      prev = { start: at, end: at + said.length }
    }
  }
  return out
}
