/**
 * The number of a licence or a certificate held by one person that is no driving licence: a firearm or shotgun
 * certificate ("FAC 12/FAC/04417", "my shotgun certificate is NWP/SG/2018/0448"), Canada's PAL ("PAL 1187342.0001"),
 * a hunting, fishing or rod licence ("hunting licence number MB-2409-558312"), a boater's card, a pilot's licence
 * ("ATPL 2241187"), a deer stalking certificate, and the shooting bodies' membership numbers ("BASC 2231704"). Each
 * names its holder as a member number does, so it is reported as one (`account_number`): no policy of AssemblyAI's
 * names these documents. Read only right after the licence's name, with at most its "number is" between.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** What a licence or a certificate is for (regex source, lower case; the text is matched case aside). */
const KINDS = String.raw`firearms?|shotguns?|guns?|rifles?|hunting|hunter'?s?|fishing|angling|rod|boating|boater'?s?|pilot'?s?|stalking|falconry`
/** Abbreviated: a firearm certificate, a shotgun certificate, Canada's PAL, pilots' licences, the shooting bodies' numbers. */
const ABBREVIATIONS = String.raw`fac|sgc|pal|atpl|cpl|ppl|basc|cpsa|nssa|dsc ?[12]`
/** The licences' and certificates' names. */
const LICENCE_NAMES = [
  String.raw`(?:${KINDS})[ -](?:licen[cs]e|certificate|cert|permit|card|id)`,
  String.raw`pleasure craft (?:operator )?(?:card|licen[cs]e)`,
  String.raw`possession and acquisition licen[cs]e`,
  String.raw`deer stalking certificate(?: level (?:one|two|1|2))?`,
  ABBREVIATIONS,
].join('|')
/** What may stand between the name and its value ("number is", "no.:", "#", "it's"). */
const LINK = String.raw`(?:[ \t]*(?:number|no\.?|num|nr|#|id|is|was|it's|its|it is|reads|:|=|-|,|\(|um|uh|yeah))*[ \t]*`
const NAMED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${LICENCE_NAMES})(?![\p{L}])${LINK}`, 'giu')
/**
 * "certificate number" alone, where a firearm's, a shotgun's or an angler's certificate was named before ("Can I see your
 * certificate for the shotgun? ... Certificate number LA/SG/31774", "renewal of firearm certificate ... Certificate no.:
 * FC-CK-0034521").
 */
const CERTIFICATE_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])certificate(?: (?:number|no\.?|nr|#))${LINK}`, 'giu')
const CERTIFICATE_KIND_BEFORE = new RegExp(String.raw`\b(?:${KINDS}|shooting)\b`, 'i')
/** How far before "certificate number" its kind may be named. */
const KIND_REACH = 400
/** A separator inside the value: a slash, a hyphen or a dot, written or said ("stroke", "slash", "dash"). */
const SEP = String.raw`(?:[/.-]| (?:stroke|slash|dash) )`
/**
 * The value, right where its name's link ends: a code in capitals or spelled letters first ("NWP/SG/", "NSW FL ", "K448172", "s g
 * stroke "), then digits, and groups of digits or capitals after separators (digits after a space too), maybe a check
 * letter; four digits at least.
 */
const VALUE = new RegExp(String.raw`(?:(?:[A-Z]{1,5}|[a-z](?: [a-z]){0,3})(?:${SEP}| )?){0,2}\d+(?:${SEP}(?:[A-Z]{1,4}|\d+)| \d+)*(?:[ -]?[A-Z])?(?![\p{L}\p{N}/-])`, 'uy')
/** A year, a season ("2024/25"), an amount or a time: no licence's number. */
const NOT_A_NUMBER = /^(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|\d+[.,]\d\d|\d{1,2}[:.]\d\d)$/
/** A quick test for any of the names, as whole words (most texts hold none, and the names' regex is not run). */
const TRIGGER = new RegExp(String.raw`\b(?:${KINDS}|shooting|craft|acquisition|${ABBREVIATIONS})\b`, 'i')
const MIN_DIGITS = 4
const MAX_LENGTH = 28

export const personalLicenceDetector: Detector = {
  name: 'personal-licence',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    if (!TRIGGER.test(v)) return out
    const valueAt = (start: number): void => {
      VALUE.lastIndex = start
      const value = VALUE.exec(v)?.[0]
      if (value === undefined || value.replace(/\D/g, '').length < MIN_DIGITS || value.length > MAX_LENGTH || NOT_A_NUMBER.test(value)) return
      out.push({ type: 'account_number', ...mapSpan(view, start, start + value.length), confidence: 0.8, detector: 'personal-licence', validated: false })
    }
    for (const m of v.matchAll(NAMED)) valueAt(m.index + m[0].length)
    if (v.includes('ertificate')) {
      for (const m of v.matchAll(CERTIFICATE_NUMBER)) if (CERTIFICATE_KIND_BEFORE.test(v.slice(Math.max(0, m.index - KIND_REACH), m.index + m[0].length))) valueAt(m.index + m[0].length)
    }
    return out
  },
}
