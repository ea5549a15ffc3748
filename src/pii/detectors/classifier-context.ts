/**
 * What every digit-window classifier shares: the window's context (words before and after, the run's
 * facts), the verdict it returns, and the cue readers more than one classifier uses.
 *
 * @module
 */
import {
  ACCOUNT_WORDS, type AskedNumber, HESITATIONS, NOT_PHONE_WORDS, OTHER_NUMBER_WORDS, PHONE_WORDS, VERSION_WORDS,
} from '../internal/context-lexicon.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import type { PiiType } from '../pii-types.js'

export interface Classified {
  type: PiiType
  confidence: number
  detector: string
  validated: boolean
  /** The word right before the number is part of the value (a month said as a word). */
  withWordBefore?: boolean
}

/** Context words of a window: `before` nearest-first, then `after`. */
export interface WindowContext {
  readonly before: readonly string[]
  readonly after: readonly string[]
  readonly all: readonly string[]
  /** True when the window's original text contains spoken words (it went through the normaliser). */
  spoken(w: DigitWindow): boolean
  /** The window is glued by a hyphen to letters before or after it, as in a part number ("504-47-5320-B", "RX-504-47-5320"). */
  glued(w: DigitWindow): boolean
  /** A code of two to five capitals is joined by a hyphen right before the window ("TX-55102", "IN-22841"). */
  codePrefixed(w: DigitWindow): boolean
  /** Two groups of letters and digits mixed stand before the window: it goes on a code ("1Z 4F7 839 03 1184 2297"). */
  codeGroupBefore(w: DigitWindow): boolean
  /** The words before the number on its own line, nearest first (at most six). */
  lineBefore(): readonly string[]
  /** A birth date was asked for in the sentences before, and no other date answered it (`birthAskedBefore`). */
  birthAsked(): boolean
  /** Right before the window, "b." as the abbreviation of "born" ("b. 1975-04-13"). */
  bornAbbreviated(w: DigitWindow): boolean
  /** Right before the window, a document part's sign or abbreviation ("§ 4.3.2.1", "sec. 4.3.2.1", "para. 2.1.1.3"). */
  sectionAbbreviated(w: DigitWindow): boolean
  /** The text right after the window names it a birth date ("3/4/1984 is my date of birth"), on its line. */
  birthNamedAfter(w: DigitWindow): boolean
  /** The window's last group is an hour: a colon and minutes follow it ("before 07/07/2025 12:30pm"). */
  hourAfter(w: DigitWindow): boolean
  /** A time of day follows the window ("23/03/2024, 13:21:14", "2024-05-04T09:23"): the window is a timestamp's date. */
  timeAfter(w: DigitWindow): boolean
  /** An example phrase comes right before the window in its sentence ("for example, 01/31/1980"). */
  exampleBefore(w: DigitWindow): boolean
  /** The window goes on a dotted token before it ("v7.16.8.105" seen from "16"): a version's or an address's part. */
  dottedOn(w: DigitWindow): boolean
  /** The window's original text (before the spoken-form normaliser). */
  originalText(w: DigitWindow): string
  /** The digits of the run's group `index` as written (view text). */
  groupText(w: DigitWindow, index: number): string
  /** How many of `before` lie in the run's own statement: words past a full stop that ends one say less of this number (`statementStart`). */
  statementWords(): number
  /** How many of `before`, first, are the words of the table column the number stands in (0 outside a table). */
  columnWordCount(): number
  /** The words before the window back to the number said before it, nearest first (at most eight): what names this number. */
  ownBefore(w: DigitWindow): readonly string[]
  /** Up to `n` characters of the view right before the window. */
  textBefore(w: DigitWindow, n: number): string
  /** Up to `n` characters of the view right after the window. */
  textAfter(w: DigitWindow, n: number): string
  /** Up to `n` words before the window, nearest first (more than `before` holds). */
  wordsBefore(w: DigitWindow, n: number): readonly string[]
  /** A member's, patient's, policy's or account's number was asked for by the last question, not yet answered (`accountAskedBefore`). */
  accountAsked(): boolean
  /** The kind of number the last question asked for, not yet answered (`numberAskedBefore`). */
  numberAsked(): AskedNumber | undefined
  /** True when the window is a sum of money: a currency sign right before it, or a currency after it ("$2,459.99", "1823 dollars"). */
  amount(w: DigitWindow): boolean
  /**
   * What the classifiers work out from the run's context words alone, kept for the run's other
   * windows (every window of a run has the same context).
   */
  readonly perRun: RunFacts
}

/** Per-run results of the classifiers (see `WindowContext.perRun`). */
export interface RunFacts {
  phoneCue?: PhoneCue
  birthCue?: boolean
  birthAsked?: boolean
  accountAsked?: boolean
  numberAsked?: AskedNumber | null
}

export type Classifier = (w: DigitWindow, ctx: WindowContext) => Classified | null

/** The window's groups stand apart by one kind of mark, all hyphens or all spaces, as bank accounts are written ("02-7548-0174729-00", "12 3140 0123456 000"). */
export function hyphenOrSpaceGrouped(w: DigitWindow): boolean {
  const sep = w.seps[0]
  return (sep === '-' || sep === ' ') && w.seps.every((s) => s === sep)
}

/** Where the nearest word naming a version is among the words before (nearest first). */
export function versionWordAt(before: readonly string[]): number {
  // ("i p v four ...": the "v" of an IP spelled out names no version)
  const at = before.findIndex((b, k) => ((k < 3 && VERSION_WORDS.has(b)) || VERSION_NOUNS.has(b)) && !(b === 'v' && before[k + 1] === 'p' && before[k + 2] === 'i'))
  return at < 0 ? before.length : at
}

/** The words that name a version whatever stands between ("version", "firmware"), unlike "app" or "update". */
const VERSION_NOUNS: ReadonlySet<string> = new Set(['version', 'versions', 'firmware', 'release', 'build', 'ver', 'patch', 'bios'])

/** The documents whose numbers callers read out like a card's: a licence, a passport. */
export const ID_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['license', 'licence', 'passport', 'dl'])

/** The words right before a number name another kind of number ("case no", "order number", "ticket"). */
export function namedRightBefore(before: readonly string[]): boolean {
  // past "is", "it's" ("the ticket number is ...", "a ticket number it's it's ...")
  // (past the number's own letters read out: "claim number c l m four four six ...")
  let k = spelledLettersBefore(before) ? spelledCount(before) : 0
  const first = k
  while (k < first + 3 && COPULAS.has(before[k] ?? '')) k++
  // ("the confirmation code is 418-22-7391": a code's kind is the word before "code", past a pause: "claim, um, number")
  if (before[k] === 'no' || before[k] === 'number' || before[k] === 'num' || before[k] === 'code') {
    k++
    if (HESITATIONS.has(before[k] ?? '')) k++
  }
  return OTHER_NUMBER_WORDS.has(before[k] ?? '')
}
export const COPULAS: ReadonlySet<string> = new Set([
  'is', "it's", 'it’s', 'its', 'was',
  // ... in the languages callers switch to mid-sentence ("meine Versichertennummer ist ...", "Ihre Identifikationsnummer
  // lautet: ...", "mon numéro c'est ...")
  'ist', 'lautet', "c'est", 'c’est', 'est',
])
/** What an answer opens with before the value ("please", "yeah", "sure"). */
export const ANSWER_FILLERS: ReadonlySet<string> = new Set(['please', 'yeah', 'yes', 'yep', 'sure', 'okay', 'ok', 'so', 'right', 'alright'])

/** Two or more single letters right before the number (nearest first), not the words "a" and "I". */
export function spelledLettersBefore(before: readonly string[]): boolean {
  const letters = spelledCount(before)
  return letters >= 2 && !(letters === 2 && (before[1] === 'a' || before[1] === 'i'))
}
/** How many single letters come right before the number. */
function spelledCount(before: readonly string[]): number {
  let letters = 0
  for (const b of before) {
    if (b.length !== 1 || !/[a-z]/.test(b)) break
    letters++
  }
  return letters
}

const FOR_AS: ReadonlySet<string> = new Set(['for', 'as'])
const OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'his', 'her', 'your', 'their', 'our'])

/**
 * The number is labelled right after it: "... 0594 office", "..., that's my mobile", "... for the
 * social", "... as my phone" (the window ends its run, so the label is the number's own).
 */
export function labelledAfter(w: DigitWindow, ctx: WindowContext, labels: ReadonlySet<string>): boolean {
  if (w.last !== w.run.groups.length) return false
  const a = ctx.after
  if (labels.has(a[0] ?? '')) return true
  return givenAsAfter(w, ctx, labels) || (THAT_IS.has(a[0] ?? '') && a.slice(1, 4).some((x) => labels.has(x)))
}

/** "... for the phone", "... as my social": the number is given as what the label names (and not "| phone case |"). */
export function givenAsAfter(w: DigitWindow, ctx: WindowContext, labels: ReadonlySet<string>): boolean {
  if (w.last !== w.run.groups.length) return false
  const a = ctx.after
  return FOR_AS.has(a[0] ?? '') && (labels.has(a[1] ?? '') || (OWNERS.has(a[1] ?? '') && labels.has(a[2] ?? '')))
}

/** Words that start a label after a number ("..., that's my mobile"). */
export const THAT_IS: ReadonlySet<string> = new Set(["that's", 'thats', 'that', "it's", 'its', 'is'])
export interface PhoneCue {
  /** Index (nearest first) of the nearest phone word before, or -1. */
  readonly positive: number
  /** True when a "not a phone" word (account, card, order, ID...) is nearer than any phone word. */
  readonly penalised: boolean
}

/**
 * "number" after a not-a-phone word ("card number", "order number", "social security number", "social
 * insurance number") belongs to that word, not to phones.
 */
export function phoneCue(before: readonly string[], statement = Infinity): PhoneCue {
  let positive = -1
  let negative = -1
  for (let i = 0; i < before.length; i++) {
    const word = before[i] ?? ''
    // (past a pause between a number's owner and its "number": "a denied claim, um, number ...")
    const j = HESITATIONS.has(before[i + 1] ?? '') && (word === 'number' || word === 'no' || word === 'num') ? i + 2 : i + 1
    const next = before[j] ?? ''
    const owner = next === 'security' || next === 'insurance' ? (before[j + 1] ?? '') : next
    const owned = (word === 'number' || word === 'no' || word === 'num') && (NOT_PHONE_WORDS.has(owner) || OWNED_NOT_PHONE.has(owner))
    // "area code" is a phone's, not a code's; and "caller ID" is the calling line's number
    const areaCode = (word === 'code' && next === 'area') || (word === 'id' && next === 'caller')
    // "the phone number on the account": the account owns the number, it does not name it
    const possessor = ACCOUNT_WORDS.has(word) && owningAccount(before, i)
    // ("... said ticket TKT-46710. If you need me I'm on 07826 825474": another number's name in a statement
    // before this one names that number, not this)
    if (negative < 0 && i < statement && !areaCode && !possessor && (NOT_PHONE_WORDS.has(word) || owned)) negative = i
    if (positive < 0 && !owned && (PHONE_WORDS.has(word) || areaCode)) positive = i
  }
  // "text the code to 408-797-6090", "send the pin to ...": the number after "to" is where a message
  // goes, whatever is being sent
  if (before[0] === 'to' && positive > 0 && positive <= 4 && SENDS.has(before[positive] ?? '')) return { positive, penalised: false }
  // ... and "sending a verification code to 010-6631-2280": a code sent to the number, sent by a verb of sending
  // (... or by the phone's own word right before it: "Mobile OTP to 6027 3315"; or "the number you'd like the code sent
  // to?\nCaller: 415-602-7719", the answer's speaker between)
  const to = before[0] === 'to' ? 0 : SPEAKER_WORDS.has(before[0] ?? '') && before[1] === 'to' ? 1 : -1
  if (to >= 0 && negative > to && negative <= to + 3 && SENT_SECRETS.has(before[negative] ?? '') && (positive === negative + 1 || before.slice(to + 1, negative).some((b) => SENDING.has(b)) || before.slice(negative + 1, negative + 4).some((b) => SENDING.has(b)))) return { positive, penalised: false }
  return { positive, penalised: negative >= 0 && (positive < 0 || (negative < positive && !purposeOf(before, positive, negative)) || objectOf(before, positive, negative)) }
}

/**
 * The other number's name nearer than the phone word sits in a phrase after it that says what the
 * phone is for: "confirm your phone number for the OTP? ... it's <number>", "the phone number for the
 * order is <number>" (not right before the number: "the phone number for order 12345678").
 */
function purposeOf(before: readonly string[], phone: number, other: number): boolean {
  return other >= 1 && phone - other >= 2 && phone - other <= 4 && ofPhraseBetween(before, other, phone)
}

/** Prepositions and determiners that join another number's name to what it is for ("reference for today's call"). */
const OF_PHRASE: ReadonlySet<string> = new Set(['for', 'of', 'on', 'about', 'from', 'the', 'your', 'my', 'our', 'this', 'that', 'today', 'tonight'])
const OF_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'on', 'about', 'from'])

/**
 * The phone word at `phone` belongs to a phrase after the other number's name at `other` (nearest first):
 * "your reference for today's call is ...", "the case number on the call": that name names the number.
 */
function objectOf(before: readonly string[], phone: number, other: number): boolean {
  return other > phone + 1 && other <= phone + 4 && ofPhraseBetween(before, phone, other)
}

/** The words strictly between indexes `near` and `far` join two phrases: determiners and at least one preposition ("for the", "on your"). */
function ofPhraseBetween(before: readonly string[], near: number, far: number): boolean {
  let preposition = false
  for (let k = near + 1; k < far; k++) {
    const w = before[k] ?? ''
    if (!OF_PHRASE.has(w)) return false
    if (OF_PREPOSITIONS.has(w)) preposition = true
  }
  return preposition
}

/** Verbs whose "to <number>" names a phone ("text the code to ..."). */
const SENDS: ReadonlySet<string> = new Set(['text', 'texts', 'sms', 'message', 'call', 'whatsapp'])
/** What is sent to a phone to check its holder ("a verification code", "the OTP", "a PIN"). */
const SENT_SECRETS: ReadonlySet<string> = new Set(['code', 'otp', 'pin', 'passcode'])
/** A transcript's speakers, whose label may stand between a question and its answer (a single letter too: "A:", "B:"). */
export const SPEAKER_WORDS: ReadonlySet<string> = new Set([
  'caller', 'agent', 'customer', 'client', 'user', 'member', 'creator', 'patient', 'speaker', 'rep', 'representative', 'operator',
  'advisor', 'adviser', 'assistant', 'bot', 'me', 'you',
])
/** Verbs of sending something to a number. */
const SENDING: ReadonlySet<string> = new Set(['send', 'sending', 'sent', 'sends', 'text', 'texting', 'texted', 'texts', 'resend', 'resending', 'resent'])

/**
 * A calendar date written with `/`, `.` or `-` and a four-digit year (01/09/2025, 2025-09-01), or a
 * two-digit year after `/` or `.` (01/09/25; `40-11-62` stays a sort code): a renewal or due date
 * after "policy" or "account" is no account number.
 */
export function writtenDate(w: DigitWindow): boolean {
  if (w.groupCount !== 3) return false
  const sep = w.uniformSepClass
  if (sep !== '/' && sep !== '.' && sep !== '-') return false
  const d = w.digits
  const [a, b, c] = w.shape.split('-').map(Number) as [number, number, number]
  if (a === 4 && b <= 2 && c <= 2) return dayMonth(Number(d.slice(a + b, a + b + c)), Number(d.slice(a, a + b)))
  if (a > 2 || b > 2 || (c !== 4 && (c !== 2 || sep === '-'))) return false
  return dayMonth(Number(d.slice(0, a)), Number(d.slice(a, a + b)))
}

/** A day and a month in either order. */
function dayMonth(x: number, y: number): boolean {
  return x >= 1 && y >= 1 && ((x <= 31 && y <= 12) || (x <= 12 && y <= 31))
}

/**
 * What owns a "number" that is never a phone's, named right before it only ("company registration number
 * 04521987", "registered company no."): alone these words say nothing of a phone ("registration is done: ...").
 */
const OWNED_NOT_PHONE: ReadonlySet<string> = new Set(['registration', 'company', 'charity', 'vat', 'frn', 'crd', 'utr', 'paye'])

const OWNING: ReadonlySet<string> = new Set(['on', 'for', 'of', 'under', 'with'])
const OWNERS_DET: ReadonlySet<string> = new Set(['the', 'your', 'my', 'this'])

/** The account word at `pos` (nearest first) is said as an owner: "on the account", "for your account". */
export function owningAccount(before: readonly string[], pos: number): boolean {
  return OWNERS_DET.has(before[pos + 1] ?? '') && OWNING.has(before[pos + 2] ?? '')
}

/**
 * Where the name given to a value right after it starts ("..., that's my frequent flyer number"):
 * past one or two lead words and an owner; -1 when no lead word stands there.
 */
export function nameStartAfter(after: readonly string[], leads: ReadonlySet<string>): number {
  // (past a hedge: "..., I think that's my member number")
  let k = after[0] === 'i' && HEDGES.has(after[1] ?? '') ? 2 : 0
  const start = k
  while (k < start + 2 && leads.has(after[k] ?? '')) k++
  if (k === start) return -1
  return VALUE_OWNERS.has(after[k] ?? '') ? k + 1 : k
}

/** "I think", "I believe" before the words naming a number after it. */
const HEDGES: ReadonlySet<string> = new Set(['think', 'believe', 'guess', 'reckon'])
/** What introduces a name for the number before it ("is", "that's"; not "for the savings account", a purpose). */
export const ACCOUNT_AFTER_LEAD: ReadonlySet<string> = new Set(['is', 'was', "that's", 'thats', 'that', "it's", 'its', 'which'])
const VALUE_OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'your', 'the'])

export function firstIndexOr(words: readonly string[], set: ReadonlySet<string>, none: number): number {
  const i = firstIndex(words, set)
  return i < 0 ? none : i
}

export function firstIndex(words: readonly string[], set: ReadonlySet<string>): number {
  for (let i = 0; i < words.length; i++) if (set.has(words[i] ?? '')) return i
  return -1
}

export function ok(type: PiiType, confidence: number, detector: string, validated: boolean): Classified {
  return { type, confidence, detector, validated }
}
