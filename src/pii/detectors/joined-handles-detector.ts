/**
 * A handle of words joined by underscores, in a text that talks about accounts, sellers or users
 * without labelling it as a user name: "Linked accounts by IP ...: relics_north2, kp_militaria", "the
 * three accounts bidding up lot 55 are keystone_kid, penn_numismatics and liberty_bidder7", "Your
 * account, oxford_clocks, is still active", "my account on poshmark is jadeloves_thrift". Reported as
 * AssemblyAI's `username` type, as the labelled ones are (username-detector.ts).
 *
 * An underscore joins a program's words as often as a person's: a record's fields ("first_name",
 * "ssn_last4", "visit_date"), events and states ("login_failed", "OUT_OF_CASH"), and a system's own
 * ids ("txn_3PwQ9sL8kRmZ"). So a joined word is a handle only when
 * - it is not in capitals only (states and codes are);
 * - not every one of its words is a record's or a program's ("payment_date", "amount_cents"), and its
 *   first word is not one of those before an id's digits ("req_7f2c1a9e", "conv_8812");
 * - it is not a key or a field (before "=", ":" or "(", after "=", ":", a quote, "{" or "$") nor a setting's
 *   value ("= exponential_backoff");
 * - it is not on a table's header line (cells of names, no digits);
 * - one of the six words before it speaks of an account, a seller, a buyer, a user or a handle, or it
 *   comes next in a list after one taken ("... are lakeside_lad and quarry_coins").
 *
 * @module
 */
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** A joined word: a letter first, letters and digits, at least one underscore inside; an "@" maybe. */
const JOINED = /(?<![\p{L}\p{N}_@.\-/=:"#{<$%'’])(?<!=[ \t]*)@?\p{L}[\p{L}\p{N}]*_[\p{L}\p{N}_]*[\p{L}\p{N}](?![\p{L}\p{N}_@/}>%]|\.[\p{L}\p{N}]|"?[ \t]*[:=(])/gu
/** Texts without an underscore hold none. */
const TRIGGER = /_/
/** Words before a handle that speak of whose it is or where it is used. */
const ACCOUNT_CONTEXT: ReadonlySet<string> = new Set([
  'seller', 'sellers', 'bidder', 'bidders', 'buyer', 'buyers', 'account', 'accounts', 'acct', 'user', 'users', 'username', 'usernames',
  'profile', 'profiles', 'player', 'players', 'handle', 'handles', 'called', 'named', 'as', 'on', 'alias', 'gamertag', 'id',
])
/**
 * The words of records' fields, programs' events and states, and systems' ids: a joined word made of
 * these alone is a field's or an event's name ("first_name", "login_failed", "kyc_cases", "po_box").
 */
const PROGRAM_WORDS: ReadonlySet<string> = new Set(
  (
    'first last middle given family full name names surname firstname lastname fullname username date of birth dob id no num number nr ref code type doc ' +
    'amount amt cost price total sum count pct percent rate usd eur gbp php inr aud cad cents value values max min avg mean ' +
    'top issue issues renewal due end start term po box paid to from gross net mth month year day week created updated deleted ' +
    'at on by is has last4 first4 login logout failed success ok error err status state plan member members patient patients ' +
    'mrn parent email emails phone phones mobile address city zip postcode country ip utc ts time timestamp dl scan conv ' +
    'dispatch fx arr mrr medicaid medicare contribution joined session sessions user users account accounts acct payment ' +
    'payments card cards txn tx transaction order orders item items case cases kyc aml sms otp pin mfa api key token tok req ' +
    'res sku qty kwh site event events action actions field fields data db table tbl tmp test prod dev new old bad good high ' +
    'low in out cash fee fees tax vat batch job run msg ivr menu check verify verified pending review hold closed open reset ' +
    'password pwd secret role payee payer sort display bank routing owner holder visit device serial sn line'
  ).split(' '),
)
/**
 * A header line: three cells or more, separated by commas, bars, semicolons, tabs or two spaces or more,
 * each a field's name of letters (spaces, "_", ".", "#", "/" and brackets inside; digits ending a word:
 * "q3_open", "ssn_last4", "Date of Birth"), with no sentence's mark.
 */
/** The longest line read as a header (as `tableHeader` reads them). */
const MAX_HEADER = 500
const CELL_SEPARATORS = /[,;|\t]|[ ]{2,}/
const FIELD_CELL = /^["']?\p{L}(?:[\p{L} _.#/()-]|\p{N}(?![\p{L}]))*["']?$/u
/** Between two handles of a list. */
const LIST_JOIN = /^[ \t]*(?:,|\/|&|\band\b|\bor\b)(?:[ \t]*(?:and|or)\b)?[ \t]*@?$/
/** How far back (characters) the context words are looked for, and how many. */
const CONTEXT_REACH = 50
const CONTEXT_WORDS = 6
const CONFIDENCE = 0.6

export const joinedHandlesDetector: Detector = {
  name: 'joined-handle',
  detect({ text }: DetectorInput): Candidate[] {
    if (!TRIGGER.test(text)) return []
    const out: Candidate[] = []
    let lastEnd = -1
    // (the line a handle is on, and whether it is a header: measured once per line, a long line not at all)
    let lineStart = -1
    let lineEnd = -1
    let onHeader = false
    for (const m of text.matchAll(JOINED)) {
      const start = (m.index as number) + (m[0].startsWith('@') ? 1 : 0)
      const word = text.slice(start, (m.index as number) + m[0].length)
      if (!isHandle(word)) continue
      if (start >= lineEnd) {
        lineStart = text.lastIndexOf('\n', start - 1) + 1
        const nl = text.indexOf('\n', start)
        lineEnd = nl < 0 ? text.length : nl
        onHeader = lineEnd - lineStart <= MAX_HEADER && headerLine(text.slice(lineStart, lineEnd))
      }
      if (onHeader) continue
      // (the next of a list goes with the first: "are lakeside_lad and quarry_coins")
      const listed = lastEnd >= 0 && LIST_JOIN.test(text.slice(lastEnd, start))
      const before = (text.slice(Math.max(0, start - CONTEXT_REACH), start).toLowerCase().match(/\p{L}+/gu) ?? []).slice(-CONTEXT_WORDS)
      if (!listed && !before.some((w) => ACCOUNT_CONTEXT.has(w))) continue
      lastEnd = start + word.length
      out.push({ type: 'username', start, end: start + word.length, confidence: CONFIDENCE, detector: 'joined-handle', validated: false })
    }
    return out
  },
}

function headerLine(line: string): boolean {
  const cells = line.trim().split(CELL_SEPARATORS)
  return cells.length >= 3 && cells.every((c) => FIELD_CELL.test(c.trim()) && !c.trim().endsWith('.'))
}

/** Not in capitals only, not a program's words alone, not a system's id after its kind's word. */
function isHandle(word: string): boolean {
  if (word.toUpperCase() === word) return false
  const parts = word.toLowerCase().split(/[_\p{N}]+/u).filter((p) => p.length > 0)
  if (parts.every((p) => PROGRAM_WORDS.has(p))) return false
  const first = word.slice(0, word.indexOf('_')).toLowerCase()
  return !(PROGRAM_WORDS.has(first) && /\p{N}/u.test(word.slice(first.length)))
}
