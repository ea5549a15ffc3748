/**
 * Dates of birth written in digits: a date's shape and a birth cue near it.
 *
 * @module
 */
import { birthCue, DOB_WORDS, otherDateLabelled } from '../internal/context-lexicon.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import { MONTH_WORDS } from '../internal/number-words.js'
import {
  type Classifier, firstIndex, firstIndexOr, ID_DOCUMENT_NOUNS, ok, type WindowContext,
} from './classifier-context.js'

/** "d o b", "d.o.b.": the letters said one by one (nearest first in `before`). */
function spelledDob(before: readonly string[]): boolean {
  for (let i = 0; i + 2 < before.length; i++) if (before[i] === 'b' && before[i + 1] === 'o' && before[i + 2] === 'd') return true
  return false
}

/** `05/18/1948`, `1948-05-18`: three parts joined by one separator, the year in four digits. */
function writtenFullDate(w: DigitWindow): boolean {
  if (w.groupCount !== 3 || w.uniformSepClass === null || w.uniformSepClass === ' ') return false
  return w.shape.startsWith('4-') || w.shape.endsWith('-4')
}

/** A birth year from its last two digits: 00-25 this century, the rest the last. */
const fullYear = (yy: number): number => (yy <= 25 ? 2000 + yy : 1900 + yy)

export const classifyNumericDob: Classifier = (w, ctx) => {
  // a birth word (or "d o b") among the words before the run
  // a written date with a four-digit year may answer a question asked a few sentences before
  // ... or "b." (born) right before it ("Applicant: Lihua Zhang | b. 2004-02-14")
  // ... or named one right after it ("3/4/1984 is my date of birth", "..., that's my d o b")
  if (!(ctx.perRun.birthCue ??= birthCue(ctx.before) || spelledDob(ctx.before)) && !(writtenFullDate(w) && (ctx.bornAbbreviated(w) || ctx.birthNamedAfter(w) || ctx.birthAsked()))) return null
  if (otherDateLabelled(ctx.lineBefore())) return null
  // "an itemized bill for 11/13/2025 visit", "passed away on 11/18/2025": a visit's date or a death's, unless a
  // birth word stands right before it
  if ((EVENT_AFTER.has(ctx.after[0] ?? '') || diedBefore(ctx.before)) && !birthCueNear(ctx)) return null
  // "date of birth may 20th 1951  passport v e 160518": a document's word said after the birth date, on
  // the number's line, names this number (a table's header naming a passport column elsewhere does not)
  const own = ctx.lineBefore()
  const document = firstIndex(own, ID_DOCUMENT_NOUNS)
  if (document >= 0 && document < firstIndexOr(own, DOB_WORDS, Infinity)) return null
  // "for example, 01/31/1980": a prompt's example is nobody's birth date
  if (ctx.exampleBefore(w)) return null
  // "[23/03/2024, 13:21:14] Alistair: ... and DOB?": a date with its time of day is a timestamp
  if (ctx.timeAfter(w)) return null
  const parts = splitShape(w)
  let m: number | undefined
  let d: number | undefined
  let y: number | undefined
  // Spoken "august twenty nine ninety six" -> "august 29 96", "november seven seventy six" -> "november
  // 7 76": the month said as a word, then the day and a two-digit year
  if (w.whole && MONTH_WORDS.has(ctx.before[0] ?? '') && parts.length === 2 && (parts[0]?.length ?? 0) <= 2 && parts[1]?.length === 2) {
    const day = Number(parts[0])
    if (day < 1 || day > 31) return null
    return { ...ok('date_of_birth', 0.9, 'dob-numeric', false), withWordBefore: true }
  }
  // ("1409/11" of "1409/11/03": two groups of a date written with slashes or hyphens are no date of their own)
  if (parts.length === 2 && !w.whole && w.seps.some((sep) => sep.includes('/') || sep.includes('-'))) return null
  if (parts.length === 3 && w.uniformSepClass !== null) {
    const [a, b, c] = parts as [string, string, string]
    // "تاريخ الميلاد: 1405/03/12 هـ", "dob_hijri: 1412-07-21": a birth date in the Hijri calendar, as Saudi and Gulf
    // documents give it, its year from 1300 (1882) to 1450 (2028) and written first
    if (a.length === 4 && /^1[34]/.test(a) && Number(a) <= 1450 && Number(b) >= 1 && Number(b) <= 12 && Number(c) >= 1 && Number(c) <= 30 && w.uniformSepClass !== ' ') return ok('date_of_birth', 0.85, 'dob-numeric-hijri', false)
    if (a.length === 4) [y, m, d] = [Number(a), Number(b), Number(c)]
    else if (c.length === 4 || c.length === 2) {
      ;[m, d, y] = [Number(a), Number(b), c.length === 2 ? 1900 + Number(c) : Number(c)]
      if (m > 12 && d <= 12) [m, d] = [d, m]
    }
  } else if (parts.length === 2 && (parts[0]?.length ?? 0) <= 2 && parts[1]?.length === 4 && Number(parts[1]) < 1900) {
    // Spoken "three fourteen eighty seven" -> "3 1487", "oh three fourteen eighty seven" -> "03 1487":
    // the month, then the day and a two-digit year read as one number
    const p = parts[1] as string
    ;[m, d, y] = [Number(parts[0]), Number(p.slice(0, 2)), fullYear(Number(p.slice(2)))]
    if (m > 12 && d <= 12) [m, d] = [d, m]
  } else if (parts.length === 2 && (parts[0]?.length ?? 0) <= 2 && Number(parts[0]) >= 1 && Number(parts[0]) <= 12 && /^19\d\d$/.test(parts[1] ?? '') && w.whole && birthCueNear(ctx)) {
    // Spoken "seven nineteen eighty", "two nineteen eighty six" -> "7 1980", "2 1986": after a birth word,
    // the month, then the day nineteen and a two-digit year read as one year (either reading is a birth date)
    ;[m, d, y] = [Number(parts[0]), 19, 1900 + Number((parts[1] as string).slice(2))]
  } else if (parts.length === 2 && parts[0]?.length === 2 && parts[1]?.length === 4) {
    // Spoken "two four nineteen seventy" -> "24 1970".
    ;[m, d, y] = [Number(parts[0][0]), Number(parts[0][1]), Number(parts[1])]
  } else if (parts.length === 2 && parts[0]?.length === 4 && (parts[1]?.length === 4 || parts[1]?.length === 2)) {
    // Spoken "oh three oh five nineteen eighty seven" -> "0305 1987", "oh four oh seven eighty six" ->
    // "0407 86"; "fourteen oh three nineteen eighty seven" -> "1403 1987" (the day first)
    const yy = parts[1] as string
    ;[m, d, y] = [Number(parts[0].slice(0, 2)), Number(parts[0].slice(2)), yy.length === 2 ? fullYear(Number(yy)) : Number(yy)]
    if (m > 12 && d <= 12) [m, d] = [d, m]
  } else if (parts.length === 2 && parts[0]?.length === 3 && parts[1]?.length === 4 && w.whole && birthCueNear(ctx)) {
    // Spoken "oh three four nineteen seventy-three" -> "034 1973", "one twenty-three nineteen eighty" ->
    // "123 1980": month and day said digit by digit (a leading zero makes the month two digits)
    const p = parts[0] as string
    const dayFirst = Number(p.slice(1))
    ;[m, d] = p.startsWith('0') || dayFirst > 31 ? [Number(p.slice(0, 2)), Number(p.slice(2))] : [Number(p.slice(0, 1)), dayFirst]
    y = Number(parts[1])
  } else if (parts.length === 2 && parts[0]?.length === 2 && parts[1]?.length === 2 && w.whole && birthCueNear(ctx)) {
    // Spoken "born on five eight seventy-four" -> "58 74", "one two eighty-three" -> "12 83": month, day, year
    const p = parts[0] as string
    ;[m, d, y] = [Number(p.charAt(0)), Number(p.charAt(1)), fullYear(Number(parts[1]))]
  } else if (parts.length === 1 && parts[0]?.length === 8 && w.whole) {
    // "03051987" / spoken digits read straight through; "19471203" as logs and HL7 write a date (the year first)
    const p = parts[0]
    ;[m, d, y] = [Number(p.slice(0, 2)), Number(p.slice(2, 4)), Number(p.slice(4))]
    if (m > 12 && /^(?:19|20)/.test(p)) [y, m, d] = [Number(p.slice(0, 4)), Number(p.slice(4, 6)), Number(p.slice(6))]
  } else if (parts.length === 1 && parts[0]?.length === 6 && w.whole) {
    // "dob is one two one five eight eight" -> "121588": month, day and a two-digit year (or day first)
    const p = parts[0]
    ;[m, d, y] = [Number(p.slice(0, 2)), Number(p.slice(2, 4)), 1900 + Number(p.slice(4))]
    if (m > 12 && d <= 12) [m, d] = [d, m]
  }
  if (m === undefined || d === undefined || y === undefined) return null
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null
  return ok('date_of_birth', 0.9, 'dob-numeric', false)
}

/** A birth word among the three words right before the number ("born on", "date of birth", "dob is"). */
/** Nouns after a date that make it the day of an event, not of a birth ("for the 03/13/2024 visit"). */
const EVENT_AFTER: ReadonlySet<string> = new Set(['visit', 'visits', 'appointment', 'appt', 'admission', 'surgery', 'procedure', 'encounter', 'discharge', 'stay', 'er', 'scan', 'mri', 'x-ray', 'xray', 'delivery', 'payment', 'charge', 'charges', 'statement', 'bill', 'claim', 'order', 'call', 'session', 'consultation', 'consult', 'test', 'lab', 'labs'])

/** "passed away on", "died on", "deceased": words right before a date of death. */
function diedBefore(before: readonly string[]): boolean {
  const at = before[0] === 'on' ? 1 : 0
  return before[at] === 'died' || before[at] === 'deceased' || (before[at] === 'away' && before[at + 1] === 'passed')
}

function birthCueNear(ctx: WindowContext): boolean {
  return birthCue(ctx.before.slice(0, 3)) || spelledDob(ctx.before.slice(0, 5))
}

function splitShape(w: DigitWindow): string[] {
  const out: string[] = []
  let offset = 0
  for (const len of w.shape.split('-').map(Number)) {
    out.push(w.digits.slice(offset, offset + len))
    offset += len
  }
  return out
}
