/**
 * A record's identifier written right after the person's name with no label that names its kind:
 * "Freddie Lomas, UoB 2284716", "Yusuf Demir, 260977314" (a student's signature), "J. Ferrer (PR10287)
 * – CPT", "Brent Coulter - EH117304 class 4", "Percy Ccori Huillca;41288530;...". Rosters, registers,
 * exports and signatures put a person's number next to their name; across the kept sets a code of five
 * or more digits there is the person's in some 330 of 333 cases (an identity, member, student, staff,
 * licence or passport number). What it is exactly the text does not say, so it is reported as an
 * account number.
 *
 * Not taken: a code after a tag that names something else ("Rx 7719024", "Ref", "Room", "Order"); an
 * amount, a date or a decimal ("250.00", "12/05/2024"); a count with its unit ("150000 miles"); and
 * five digits before a capitalised word, a postcode before its town ("Anna Weber, 10115 Berlin").
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { OTHER_NUMBER_WORDS } from './internal/context-lexicon.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import { ColumnCursor, columnWords, tableHeader } from './internal/table-columns.js'
import type { PiiFinding } from './pii-types.js'

/**
 * Right after a name: a separator (a comma, a semicolon, a slash, a bar, a bracket, a tab or a dash),
 * an optional tag of two to five letters with at least two capitals ("UoB", "FPS", "ID", "EMP"), ended by a
 * space, a period, a colon or "#", or "#" alone,
 * and the code: up to three capitals, five to twelve digits, up to two capitals ("PR10287", "442817D",
 * "7724189HA"), ending where no letter, digit, or date's or decimal's next part follows.
 */
const CODE_AFTER_NAME =
  /^[ \t]*(?:[,;/|(\t]|[–—-](?!\d))[ \t]*(?:((?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,4})(?:[.:#]?[ \t]+|[.:#][ \t]*)|#[ \t]*)?([A-Z]{0,3}\d{5,12}[A-Z]{0,2})(?![\p{L}\p{N}_@]|[/.,:–—-]\d)/u
/**
 * Tags and table columns that name what is not a person's (besides the other numbers' words: "Rx",
 * "Ref", "PO", "Order"): abbreviated records, rooms, lines, a ship's IMO number, a vehicle's mileage.
 */
const OTHER_TAGS: ReadonlySet<string> = new Set([
  ...OTHER_NUMBER_WORDS,
  'inv', 'ord', 'tkt', 'rm', 'room', 'apt', 'unit', 'suite', 'wo', 'ext', 'tel', 'ph', 'fax', 'mob', 'clm', 'bkg', 'conf', 'trk', 'flt', 'flight', 'sku', 'pnr', 'inc', 'crq', 'chg', 'rfc', 'gate', 'seat', 'bay', 'job', 'imo', 'mmsi', 'dot', 'usdot', 'mc',
  'km', 'kms', 'miles', 'mileage', 'odometer', 'qty', 'quantity', 'amount', 'total', 'price', 'cost', 'balance', 'score', 'points', 'count',
])
/** Words after a number that make it a count or a measure ("150000 miles", "12000 steps", "40000 pts"). */
const UNIT_AFTER = /^[ \t]*(?:%|(?:miles?|mi|km|kms|kg|kgs|lbs?|g|mg|ml|l|litres?|liters?|points?|pts|steps|views|followers|votes|items|units|shares|people|calories|kcal|words|rpm|hours?|hrs?|mins?|minutes?|days?|years?|yrs?|sq|ft|m2|acres?|hectares?|ha|tonnes?|tons?|head|bids?)\b)/iu
/** A postal item's number (UPU S10: two letters, nine digits, a country's two), not its addressee's. */
const POSTAL_ITEM = /^[A-Z]{2}\d{9}[A-Z]{2}$/
/** A US state's or a Canadian province's code before five digits: a ZIP code ("Chester, PA 19016"). */
const STATE_CODE = /^(?:A[KLRZS]|C[AOT]|D[CE]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])$/
/** Five digits and then a capitalised word: a postcode before its town. */
const POSTCODE_TOWN = /^\d{5}$/
const TOWN_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u
/** How far after a name (source characters) the pattern is tried. */
const REACH = 40
const CONFIDENCE = 0.65

/** Codes written right after the names in `findings` (resolved, sorted by start). */
export function codesAfterNames(text: string, findings: readonly PiiFinding[]): Candidate[] {
  const out: Candidate[] = []
  let columns: ColumnCursor | null | undefined
  for (const f of findings) {
    if (f.type !== 'person_name') continue
    const m = CODE_AFTER_NAME.exec(text.slice(f.end, f.end + REACH))
    if (m === null) continue
    const tag = m[1]
    const code = m[2] as string
    if (tag !== undefined && (OTHER_TAGS.has(tag.toLowerCase()) || (STATE_CODE.test(tag) && POSTCODE_TOWN.test(code)))) continue
    const end = f.end + m[0].length
    const rest = text.slice(end, end + 24)
    if (UNIT_AFTER.test(rest)) continue
    if ((POSTCODE_TOWN.test(code) && TOWN_AFTER.test(rest)) || POSTAL_ITEM.test(code)) continue
    const start = end - code.length
    // (in a table, the column's name says what the cell holds: "model,km,status" -> "Clio V,18007")
    if (columns === undefined) {
      const header = tableHeader(text)
      columns = header === null ? null : new ColumnCursor(text, header)
    }
    const column = columns?.at(start)
    if (column !== undefined && columnWords(column).some((w) => OTHER_TAGS.has(w))) continue
    if (overlapsSpan(findings, start, end)) continue
    out.push({ type: 'account_number', start, end, confidence: CONFIDENCE, detector: 'code-after-name', validated: false })
  }
  return out
}
