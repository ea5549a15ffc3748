/**
 * E-mail addresses, written or spoken ("tom dot king at outlook dot com" reaches this detector as
 * "tom.king@outlook.com" through the normaliser). Found by expanding around each '@' (linear; no
 * regex backtracking), validated with validator's isEmail.
 *
 * @module
 */
import validator from 'validator'
import { HESITATIONS } from '../internal/context-lexicon.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'
import { isRoleMailbox } from './role-mailboxes.js'

const MAX_LOCAL = 64
/** Pieces a spoken local part is put together from, at most ("j a m e s w", "e clarke four seventeen"). */
const MAX_LOCAL_PIECES = 12
/** Top-level domains accepted in spoken addresses (written ones only need the shape). */
const SPOKEN_TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'io', 'co', 'us', 'uk', 'ca', 'au', 'de', 'fr', 'es', 'it', 'nl',
  'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'ie', 'pl', 'pt', 'br', 'mx', 'ar', 'in', 'jp', 'cn', 'kr', 'sg', 'nz',
  'za', 'ru', 'info', 'biz', 'me', 'ai', 'app', 'dev', 'tv', 'us', 'email', 'online', 'site', 'tech', 'xyz', 'name',
  // more country codes that are no English word ("at home dot school" is no address: generic domains
  // that are words stay out)
  'fm', 'eu', 'ly', 'gg', 'cc', 'ng', 'ke', 'gh', 'ph', 'hk', 'tw', 'il', 'tr', 'gr', 'cz', 'hu', 'ro', 'sk', 'ua', 'ee',
  'lt', 'lv', 'cl', 'pe', 've', 'ae', 'sa', 'eg', 'pk', 'bd', 'lk', 'vn', 'th', 'nu', 'mobi',
  // ... the rest of the Middle East's, North Africa's, Europe's and Latin America's that are no English word ("orange
  // dot j o"; not "do", "my", "am", "by", "is", "id")
  'jo', 'lb', 'qa', 'kw', 'bh', 'om', 'dz', 'tn', 'lu', 'hr', 'si', 'rs', 'bg', 'kz', 'uy', 'py', 'bo', 'ec', 'cr', 'gt',
  'pr', 'jm', 'tt', 'np', 'mu', 'tz', 'ug', 'rw', 'zm', 'zw', 'ci', 'sn', 'cm', 'mk', 'ba', 'md', 'az', 'cy', 'mt', 'li', 'mc',
])
const MAX_DOMAIN = 255
/** An address with its @ URL-encoded as %40 (a query string's value). */
const URL_ENCODED_EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._+-]{1,64})%40([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![A-Za-z0-9.-])/g
/** Text ending in an e-mail cue: "email is ", "email's ", "address was ", "e-mail: ", "it's ". */
const EMAIL_CUE_END = /(?:(?:e-?mail|address)(?:'s| is| was|:| to| as| now)?|it's|it is|e-?mail(?:ed|ing)? (?:it|this|that|them|me|us|him|her|(?:the|a|my|your|our) [a-z]+) to)\s$/
const CUE_WORDS = new Set(['is', 'was', 'its', "it's", 'email', 'mail', 'address', 'still', 'now', 'just', 'the', 'my'])
/** Words that stand before a spoken address without being part of it ("send it to ...", "and ..."). */
const LEAD_WORDS = new Set([
  ...CUE_WORDS, 'to', 'and', 'or', 'at', 'as', 'me', 'us', 'you', 'your', 'his', 'her', 'their', 'our', 'a', 'an',
  'it', 'that', 'this', 'for', 'with', 'from', 'by', 'on', 'in', 'of', 'so', 'then', 'be', 'also', 'use', 'using',
  'under', 'e-mail', 'emails', 'send', 'sent', 'reach', 'contact', 'try', 'write', 'copy', 'cc', 'yes', 'no', 'okay',
  'ok', 'uh', 'um', 'sorry', 'actually', 'either', 'plus', 'same', 'new', 'old', 'work', 'personal', 'home', 'gmail',
  // "is", "my" and "e-mail" in the languages callers switch to ("mi correo es ...", "meine Email ist ...", "o meu email é ...")
  'es', 'ist', 'est', "c'est", 'é', 'e', 'mi', 'mein', 'meine', 'mon', 'meu', 'minha', 'correo', 'courriel', 'lautet',
])

/** Words that are never a whole spoken user name: "i'll be at home dot com" is not an address. */
const NOT_A_LOCAL_PART = new Set([
  ...LEAD_WORDS, 'been', 'am', 'are', 'were', 'will', 'would', 'i', 'we', 'they', 'them', 'him', 'there', 'here',
  'back', 'out', 'up', 'over', 'stay', 'stayed', 'live', 'lived', 'meet', 'met', 'arrive', 'arrived',
  // "apply online at ssa dot gov", "find us at acme dot com", "visit our website at ...": where, not who
  'online', 'us', 'website', 'site', 'web', 'portal', 'page', 'app', 'visit', 'apply', 'find', 'shop', 'order', 'book',
])

/** An e-mail cue in the original text ("my email's ", "e-mail address is ", "email me at "), its end where the dictation starts. */
const DICTATION_CUE = /(?<![\p{L}])(?:e-?mail(?:[ \t]+address)?|gmail|hotmail|outlook)(?:'s|’s|[ \t]+(?:is|was)|[ \t]+me[ \t]+at|[ \t]*:)[ \t,]+/giu
/** How far before the address found its cue may be. */
const DICTATION_REACH = 90
/** Words said while dictating a local part that are no part of it, and no clause's either ("all one word", "dot"). */
const DICTATION_WORDS = new Set(['dot', 'underscore', 'dash', 'hyphen', 'all', 'one', 'word', 'lowercase', 'lower', 'case', 'no', 'space', 'spaces', 'then', 'like', 'as', 'in', 'capital', 'uh', 'um'])
/** One piece of a dictation: a word or digits, then spaces or a comma. */
const DICTATION_PIECE = /[\p{L}\p{N}'’-]+[ \t,]*/uy
const MAX_DICTATION_PIECES = 10

/**
 * The start of a spoken address's dictation: "my email's rhys, R H Y S, dot pritchard at yahoo dot co dot
 * uk" reaches the address only from "pritchard", and "anamaria  all one word  ninety one at ..." from
 * "ninety"; the name spelled, the remark and the word before them are the address being dictated too. From
 * the nearest e-mail cue before it, when only words, letters, digits and commas lie between (no sentence's
 * end, no word that leads into a clause).
 */
function dictationStart(text: string, start: number): number {
  const from = Math.max(0, start - DICTATION_REACH)
  let cueEnd = -1
  for (const m of text.slice(from, start).matchAll(DICTATION_CUE)) cueEnd = from + m.index + m[0].length
  if (cueEnd < 0 || cueEnd >= start) return start
  let at = cueEnd
  let pieces = 0
  // (a hesitation right after the cue is no part of it: "the email is uh priya dot raman at ...")
  let first = cueEnd
  while (at < start) {
    DICTATION_PIECE.lastIndex = at
    const m = DICTATION_PIECE.exec(text)
    if (m === null || ++pieces > MAX_DICTATION_PIECES) return start
    const word = (m[0].match(/^[\p{L}\p{N}'’-]+/u) as RegExpMatchArray)[0].toLowerCase()
    if (LEAD_WORDS.has(word) && !DICTATION_WORDS.has(word)) return start
    at += m[0].length
    if (first === at - m[0].length && HESITATIONS.has(word)) first = at
  }
  return at === start ? first : start
}

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 46 || c === 95 || c === 37 || c === 43 || c === 45
  )
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
}

export const emailDetector: Detector = {
  name: 'email',
  detect({ text, view }: DetectorInput): Candidate[] {
    const v = view.text
    const out: Candidate[] = []
    for (let at = v.indexOf('@'); at >= 0; at = v.indexOf('@', at + 1)) {
      let s = at
      // an apostrophe only inside the local part ("o'connor.sean@"), never as its edge ("'sean@")
      while (s > 0 && at - s < MAX_LOCAL && (isLocalChar(v.charCodeAt(s - 1)) || (v.charCodeAt(s - 1) === 39 && s >= 2 && s < at && isAlnum(v.charCodeAt(s - 2)) && isAlnum(v.charCodeAt(s))))) s--
      while (s < at && !isAlnum(v.charCodeAt(s))) s++
      let e = at + 1
      while (e < v.length && e - at < MAX_DOMAIN && isDomainChar(v.charCodeAt(e))) e++
      while (e > at + 1 && !isAlnum(v.charCodeAt(e - 1))) e--
      if (s >= at || e <= at + 1) continue
      const domain = v.slice(at + 1, e)
      const tld = domain.slice(domain.lastIndexOf('.') + 1)
      if (!domain.includes('.') || !/^[A-Za-z]{2,24}$/.test(tld)) continue
      let local = v.slice(s, at)
      // whether the domain was spoken ("at gmail dot com"): asked by the spoken-local-part rules below, once
      let spokenDomainMemo: boolean | undefined
      const spokenDomain = (): boolean => {
        if (spokenDomainMemo === undefined) {
          const d = mapSpan(view, at, e)
          spokenDomainMemo = d.end - d.start !== e - at
        }
        return spokenDomainMemo
      }
      // The spoken local part grows a piece at a time, each rule taking the piece before it, until none
      // applies: "e clarke four seventeen at ..." -> "417", "clarke417", "eclarke417".
      for (let pass = 0, before = -1, spelling = false; pass < MAX_LOCAL_PIECES && s !== before; pass++) {
        before = s
        let took = false
        // Spoken "mariayoung six nine at ..." -> "mariayoung 69@...": digits belong to the word before.
        if (/^\d+$/.test(local) && s >= 2 && v.charCodeAt(s - 1) === 32 && isAlnum(v.charCodeAt(s - 2))) {
          let w = s - 1
          while (w > 0 && s - w < MAX_LOCAL && isLocalChar(v.charCodeAt(w - 1))) w--
          while (w < s - 1 && !isAlnum(v.charCodeAt(w))) w++
          // (a letter alone is an initial: "akosua a fifty one at ...")
          const word = v.slice(w, s - 1)
          if (w < s - 1 && (word.length === 1 || !LEAD_WORDS.has(word.toLowerCase()))) {
            local = v.slice(w, s - 1) + local
            s = w
          }
        }
        // Spoken "j smith at ..." -> "j smith@...": a spelled initial before the name belongs to it
        // (a standalone letter: the "s" of "it's" is not one).
        if (s >= 2 && v.charCodeAt(s - 1) === 32 && isAlnum(v.charCodeAt(s - 2)) && (s < 3 || isBlank(v.charCodeAt(s - 3)))) {
          const initial = v.charAt(s - 2)
          // ("a" and "i" are words on their own, unless inside letters spelled out: "j a m e s")
          if (/[a-z]/i.test(initial) && (!/[ai]/i.test(initial) || spelling) && spokenDomain()) {
            local = initial + local
            s -= 2
            took = true
          }
        }
        // Spoken "megan r ninety nine at yahoo dot com" -> "megan r99@...": a name, an initial and a number
        // read out make one user name; the word before the initial is part of it unless it is a word that
        // leads into an address ("to", "and", "email", ...). So is the word before a number alone, which
        // is rarely a user name ("amani forty five six at gmail dot com" -> "amani 456@...").
        if (/^[a-z]?\d+$/i.test(local) && s >= 2 && v.charCodeAt(s - 1) === 32 && /[a-z]/i.test(v.charAt(s - 2)) && spokenDomain()) {
          // the word with what the normaliser joined to it ("emily hyphen reddy" -> "emily-reddy")
          let w = s - 1
          while (w > 0 && s - 1 - w < 40 && isLocalChar(v.charCodeAt(w - 1))) w--
          while (w < s - 1 && !isAlnum(v.charCodeAt(w))) w++
          const word = v.slice(w, s - 1)
          if ((w === 0 || !/[a-z0-9'.@-]/i.test(v.charAt(w - 1))) && word.length >= 2 && !LEAD_WORDS.has(word.toLowerCase())) {
            local = word + local
            s = w
          }
        }
        // Spoken "my email is john smith at ...": right after "email is" / "address is" / "it's" / "email to", the
        // words up to "at" are one local part (ASR puts a space inside it).
        if (s >= 2 && v.charCodeAt(s - 1) === 32 && isAlnum(v.charCodeAt(s - 2)) && spokenDomain()) {
          let w = s - 1
          while (w > 0 && s - 1 - w < 20 && /[a-z]/i.test(v.charAt(w - 1))) w--
          const word = v.slice(w, s - 1)
          const before = v.slice(Math.max(0, w - 32), w).toLowerCase()
          const whole = w === 0 || !/[a-z]/i.test(v.charAt(w - 1))
          if (whole && word.length >= 2 && !LEAD_WORDS.has(word.toLowerCase()) && EMAIL_CUE_END.test(before)) {
            local = word + local
            s = w
          }
        }
        spelling = took
      }
      if (!validator.isEmail(`${local}@${domain}`)) continue
      // "support@", "billing at acme dot com": a function's mailbox, no one's address
      if (isRoleMailbox(local, domain)) continue
      const span = mapSpan(view, s, e)
      const spoken = span.end - span.start !== e - s
      if (spoken && NOT_A_LOCAL_PART.has(local.toLowerCase())) continue
      // "21 days at leeds.gov.uk/movinghome": a written domain that a path follows is a link said after "at"
      if (spoken && v.charAt(e) === '/') continue
      // Spoken "at X dot Y" is only an address when Y is a real top-level domain ("at home dot later" is not).
      if (spoken && !SPOKEN_TLDS.has(tld.toLowerCase())) continue
      if (spoken) span.start = dictationStart(text, span.start)
      out.push({ type: 'email_address', ...span, confidence: spoken ? 0.95 : 1, detector: spoken ? 'email-spoken' : 'email', validated: true })
    }
    // an address URL-encoded in a link's query or a log line ("/unsubscribe?email=ashworth.c%40outlook.co.uk")
    if (v.includes('%40')) {
      for (const m of v.matchAll(URL_ENCODED_EMAIL)) {
        if (validator.isEmail(`${m[1] as string}@${m[2] as string}`) && !isRoleMailbox(m[1] as string, m[2] as string)) out.push({ type: 'email_address', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.95, detector: 'email-url-encoded', validated: true })
      }
    }
    return out
  },
}
