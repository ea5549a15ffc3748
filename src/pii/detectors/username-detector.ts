/**
 * A person's user name or log-in after its label ("my username is deepagupt30", "user id is
 * siobhantrem nine one", "LOGIN_FAIL user=ramil.sori48", "sign-in for user g.wong from ..."): a
 * handle identifies its holder as an account's number does. Reported as AssemblyAI's `username` type.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import { loadNameLexicon } from '../names/name-lexicon.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** The words that name a handle ("username", "user id", "login name", "screen name", "gamertag"). */
const STRONG_LABEL = String.raw`(?:user[ _-]?(?:name|id)|login(?:[ _-]?(?:id|name))?|log-in|sign-?in[ _-]?name|screen[ _-]?name|gamer[ _-]?tag|handle|online[ _-]?id|` +
  // universities' names for a person's log-in: NetID, SUNet ID, UBC's CWL, UNSW's zID, a Kerberos name
  String.raw`net[ _-]?id|sunet[ _-]?id|cwl|zid|kerberos(?:[ _-]?(?:id|name))?)s?`
/** What may stand between the label and its "is": "username for the app is", "login on the ESS was". */
const QUALIFIER = String.raw`(?:[ \t]+(?:for|on|in|at)[ \t]+(?:(?:the|my|your|our)[ \t]+)?[\p{L}\p{N}'’-]{2,20}(?:[ \t]+[\p{L}\p{N}-]{2,20}){0,2})?`
/** Fillers before or after the verb ("the username uh yeah its ...", "is um ..."). */
const FILLERS = String.raw`(?:,?[ \t]+(?:uh|um|er|erm|like|yeah|so|okay|ok))*`
/** What opens an answer's turn: a speaker's label ("A.", "Speaker B:"), then "it was", "yes". */
const ANSWER_LEAD = String.raw`(?:(?:A\.|[A-Z][\w]{0,15}(?:[ \t][A-Z0-9][\w]{0,3})?:)[ \t]*)?(?:(?:it's|it is|it was|its|yes|yeah|sure)[ \t,]+)?`
/** A handle's "@" said as "at" before it ("the instagram handle is at big underscore sully ..."). */
const SAID_AT = String.raw`(?:at[ \t]+)?`
/** "is", "was", "it's" (also without its apostrophe, as speech-to-text writes it). */
const VERB = String.raw`(?:is|was|'s|’s|it's|it’s|its)`

/**
 * Sites and apps whose name labels a person's handle on them ("my GitHub is octo-ravi-k", "I'm on Slack
 * as dkowalski"); not the ones whose names are everyday words ("x", "threads", "signal", "line").
 */
const PLATFORM = String.raw`(?:git[ \t]?hub|git[ \t]?lab|bitbucket|slack|linked[ \t]?in|twitter|instagram|insta|ig|tik[ \t]?tok|snapchat|discord|telegram|bluesky|mastodon|reddit|twitch|you[ \t]?tube|facebook|fb|venmo|cash[ \t]?app|paypal|steam|xbox|psn|playstation|skype|wechat|kik)`
/** A word every label above holds: a text without one is not read further. */
const PREFILTER = /user|uname|log|sign|screen|gamer|handle|account|password|online|net[ _-]?id|cwl|zid|kerberos|mfa|2fa|git|bitbucket|slack|linked|twitter|insta|\big\b|tik|snapchat|discord|telegram|bluesky|mastodon|reddit|twitch|tube|facebook|\bfb\b|venmo|cash|paypal|steam|xbox|psn|playstation|skype|wechat|\bkik\b/i
/** What may follow a platform's name before its value ("LinkedIn handle", "Discord username"). */
const PLATFORM_NOUN = String.raw`(?:handle|user[ \t]?name|name|id|account|profile|tag)`

/**
 * The label and what joins it to the value; the group `s` marks a strong label, `w` a weak one (a bare
 * "user" or "account", which names a handle only when the value is shaped like one), `p` a platform's
 * name (a hyphen marks a handle there too: "sreyes-ux").
 */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?<s>${STRONG_LABEL})${QUALIFIER}(?:[ \t]*[:=][ \t]*|${FILLERS}[ \t]+${VERB}[ \t]+(?:(?:uh|um|er|like)[ \t]+)?${SAID_AT}|(?:'s|’s)[ \t]+|[ \t]+(?:given|entered|listed|shown|registered|recorded|set up)[ \t]+as[ \t]+|,[ \t]+)` +
    // (a form's label with only a space before the value: "Username deepagupt30", "login id 2231045")
    // (... or words and the digits said after them: "signed in with the username ming li eighty-eight")
    String.raw`|(?<s2>user[ _-]?(?:name|id)s?|login(?:[ _-]?id)?)[ \t]+(?=[\p{L}\p{N}._-]*[\p{N}._]|\p{L}+(?:[ \t]\p{L}+)?[ \t]\p{N})` +
    // a log's `user=` (the bare word "user" only joined so, or before a dotted handle: "the user is locked" names no one)
    String.raw`|(?<l>(?:user|usr|uname|login))[ \t]*=[ \t]*` +
    // ... and a JSON record's ("user":"mkowalski1960", "username": "m.usman.bwp"; not an id's number: "user_id")
    String.raw`|(?<j>"(?:user|username|user_name|userName|login|uname|handle|screen_name|screenName)"[ \t]*:[ \t]*")` +
    String.raw`|(?<w>user|account)(?:[ \t]*:[ \t]*|[ \t]+${VERB}[ \t]+|[ \t]+)` +
    // ... and whom a log-in or a password is for ("failed logins for oconnor.liam", "password reset for lmartel91",
    // "log in as ...")
    String.raw`|(?:logins?|log(?:ged)?[ -]?ins?|sign(?:ed)?[ -]?ins?|password(?:[ \t]+reset)?|attempts?|mfa|2fa|sign-?in[ \t]+logs)[ \t]+(?<f>for|as)[ \t]+` +
    // a platform's handle: "my github is ...", "LinkedIn handle ...", "on Slack as ..."
    String.raw`|(?<p>${PLATFORM})(?:[ \t]+${PLATFORM_NOUN})?(?:[ \t]*:[ \t]*|${FILLERS}[ \t]+${VERB}[ \t]+${SAID_AT})` +
    String.raw`|(?<p2>${PLATFORM})[ \t]+${PLATFORM_NOUN}[ \t]+|(?<p3>on[ \t]+${PLATFORM}[ \t]+as)[ \t]+` +
    // a question that asks for one, then the answer ("What username did you use? A. bigtex_dre.", "Which user are
    // you logged in as? Speaker B: Amelia_W_1990.")
    String.raw`|(?<q>user[ _-]?name|login|handle|gamer[ _-]?tag|screen[ _-]?name|logged in as)[^?\n]{0,60}\?[ \t]*\n?[ \t]*${ANSWER_LEAD})`,
  'giu',
)

/** One piece of a handle: a letter first (an "@" maybe), then letters, digits, dots, underscores and hyphens. */
const PIECE = /@?\p{L}[\p{L}\p{N}._-]{0,39}/uy
/** Digits said apart after a handle ("bigmick 1966", "EMP 00912", "siobhantrem 91"), not a count ("locked 3 times"). */
const DIGITS_AFTER = /[ \t]{1,2}(\p{N}{1,6})(?![\p{L}\p{N}])(?![ \t]+(?:times?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?|attempts?|tries|x)\b)/uy
/** Four letters or more spelled one by one ("n h a m d a n"), no word touching them. */
const SPELLED = /(?:\p{L} ){3,}\p{L}(?![\p{L}\p{N}])/uy
/** A log-in that is a number ("login id 2231045"). */
const NUMERIC = /\p{N}{4,12}(?![\p{L}\p{N}])/uy
/** A handle's inner mark: a digit, or letters joined by a dot or an underscore. */
const HANDLE_MARK = /\p{N}|\p{L}[._]\p{L}/u
/** Letters joined by a hyphen: a handle's mark after a platform's name or an "@" ("nokeke-dev", "@Kayla-Brooks-3"). */
const HYPHENED = /\p{L}-\p{L}/u
/** A handle's shape after a bare "account": pieces joined by a dot or an underscore ("mehta.arjun", "kbrar_604"). */
const DOTTED_HANDLE = /^@?\p{L}[\p{L}\p{N}]*(?:[._][\p{L}\p{N}]+)+$/u
/**
 * ... and after a bare "user" or a log-in's "for", also letters then digits ("jdoe42"), not a mask ("xxxx4211"), or
 * one letter and a student's six to eight digits ("z5321087", "s3921184"; not a version, "v2023001").
 */
const HANDLE_SHAPE = /^@?\p{L}[\p{L}\p{N}]*(?:[._][\p{L}\p{N}]+)+$|^@?(?![xX]+\p{N})\p{L}{2,}\p{N}{1,6}$|^(?![vV]\p{N})\p{L}\p{N}{6,8}$/u
/** A file's or a site's name is no handle ("user guide.pdf", "account example.com"). */
const FILE_OR_SITE = /\.(?:pdf|docx?|xlsx?|csv|txt|png|jpe?g|gif|zip|exe|js|ts|json|html?|xml|log|com|net|org|io|co|uk|gov|edu)$/i

/** A record's field, not its value ("password reset for user_id 44", "logins for first_name"). */
const RECORD_KEY = /[._](?:id|uid|name|no|num|number|key|type|code|date|at|by|count|field|value|email|phone)$/i

/** Words in the value's place that are no one's handle ("user id is wrong", "login is locked"), and a count ("login x14"). */
const NO_HANDLE = /^(?:admin|administrator|root|guest|system|anonymous|unknown|null|none|n\/a|test|default|x\d+)$/i
/** Things numbered on a form or a screen: "the username field 2" is none. */
const NUMBERED_THING = /^(?:field|box|column|input|page|step|option|line|row|tab|screen|section|part|version|attempt|try|number|no|digit|digits|character|characters|letter|letters)$/i
/** An article or a pronoun read as an initial ("my username is a mess"). */
const NOT_INITIAL = /^[ai]$/i

/** A handle mentioned with its "@" ("payments to @RichieP_ATL", "(@fatoudiallo on LinkedIn)"), not an address's or a package's. */
const MENTION = /(?<![\p{L}\p{N}_.@\/+-])@(\p{L}[\p{L}\p{N}_.-]{1,30}[\p{L}\p{N}])(?![\p{L}\p{N}_@(\/]|[.-][\p{L}\p{N}])/gu
/** "@" words that are no one's handle: a chat's group mentions, and code's decorators, doc tags and at-rules. */
const NOT_MENTIONS: ReadonlySet<string> = new Set([
  'here', 'channel', 'everyone', 'everybody', 'all', 'team', 'someone', 'mention', 'mentions',
  'override', 'test', 'component', 'injectable', 'input', 'output', 'param', 'returns', 'return', 'throws', 'type', 'types', 'typedef',
  'deprecated', 'see', 'example', 'link', 'since', 'author', 'version', 'property', 'staticmethod', 'classmethod', 'dataclass',
  'media', 'import', 'keyframes', 'font-face', 'supports', 'layer', 'tailwind', 'apply', 'charset', 'namespace', 'page', 'container', 'use',
  'forward', 'mixin', 'include', 'extend', 'each', 'if', 'else', 'function', 'latest', 'next', 'beta', 'canary', 'interface', 'entity', 'column',
  'get', 'post', 'put', 'patch', 'delete', 'controller', 'service', 'module', 'bean', 'autowired', 'value', 'nullable', 'inject', 'todo', 'fixme',
])

export const usernameDetector: Detector = {
  name: 'username',
  detect({ view }: DetectorInput): Candidate[] {
    const text = view.text
    const out: Candidate[] = []
    if (text.includes('@')) {
      for (const m of text.matchAll(MENTION)) {
        const handle = m[1] as string
        if (NOT_MENTIONS.has(handle.toLowerCase()) || FILE_OR_SITE.test(handle)) continue
        // a word alone is a handle in lower case when English has no such word ("@hanakoyamada"); capitalised
        // ("@Sita", "@DevOps") it is the names stage's to tell a person from a team
        if (!HANDLE_MARK.test(handle) && !HYPHENED.test(handle) && !(/^\p{Ll}+$/u.test(handle) && plainHandle(handle))) continue
        out.push({ type: 'username', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'username-mention', validated: false })
      }
    }
    if (!PREFILTER.test(text)) return out
    for (const m of text.matchAll(LABELLED)) {
      const at = (m.index ?? 0) + m[0].length
      const g = m.groups ?? {}
      const weak = g['w'] ?? g['f']
      const platform = g['p'] !== undefined || g['p2'] !== undefined || g['p3'] !== undefined
      // (an answer to a question is a handle only with a handle's mark: "A. Yes." answers none)
      // ... unless a word alone, English has not, is the whole answer ("And your username?\nCaller: bfletcher.")
      const end = g['q'] !== undefined
        ? valueEnd(text, at, true, false) ?? wholeAnswerEnd(text, at)
        : platform
        ? platformValueEnd(text, at)
        : weak !== undefined
          ? weakValueEnd(text, at, weak.toLowerCase() === 'account' ? DOTTED_HANDLE : HANDLE_SHAPE, weak.toLowerCase() !== 'account')
          : valueEnd(text, at, g['s'] !== undefined || g['s2'] !== undefined, g['s2'] === undefined)
      if (end === undefined) continue
      // (a JSON value is the whole string: "user":"m.usman.bwp")
      if (g['j'] !== undefined && text.charAt(end) !== '"') continue
      // (after "username is", the value is a handle whatever names it holds: "ming li eighty-eight")
      out.push({ type: 'username', ...mapSpan(view, at, end), confidence: weak === undefined ? 0.9 : 0.8, detector: 'username', validated: false })
    }
    return out
  },
}

/**
 * Where a handle after a strong label (or a log's `user=`) ends, or undefined when none starts at `at`.
 * `named`: the label was joined to the value by a verb, a colon or `=`, so a word alone may be the handle.
 */
function valueEnd(text: string, at: number, strong: boolean, named: boolean): number | undefined {
  NUMERIC.lastIndex = at
  if (strong && NUMERIC.test(text)) return NUMERIC.lastIndex
  // ("it was n h a m d a n 94": the handle spelled letter by letter, its digits maybe after)
  SPELLED.lastIndex = at
  if (strong && SPELLED.test(text)) return digitsAfter(text, SPELLED.lastIndex) ?? SPELLED.lastIndex
  const first = piece(text, at)
  if (first === undefined) return undefined
  let end = at + first.length
  let marked = HANDLE_MARK.test(first)
  if (strong && !marked) {
    // "k sharma", "a sharma 7", "gerry fitz_1957": an initial, or a word before a marked piece, said apart
    const second = text.charAt(end) === ' ' || text.charAt(end) === '\t' ? piece(text, end + 1) : undefined
    // ... or two words and the digits said after them ("ming li eighty-eight")
    if (second !== undefined && ((first.length === 1 && !NOT_INITIAL.test(first)) || HANDLE_MARK.test(second) || digitsAfter(text, end + 1 + second.length) !== undefined)) {
      end += 1 + second.length
      marked = true
    }
  }
  const digits = digitsAfter(text, end)
  if (digits !== undefined && !NUMBERED_THING.test(first)) return digits
  return marked || (named && plainHandle(first)) ? end : undefined
}

/** What ends an answer's turn: a stop maybe, then the line's or the text's end. */
const ANSWER_END = /^[.!]?[ \t]*(?:\r?\n|$)/

/** Where a lone word that is the whole answer to a question asking for a handle ends, when English has no such word. */
function wholeAnswerEnd(text: string, at: number): number | undefined {
  const value = piece(text, at)
  if (value === undefined || !plainHandle(value) || !ANSWER_END.test(text.slice(at + value.length, at + value.length + 4))) return undefined
  return at + value.length
}

/**
 * A word alone after "username is" or "login:" that is its holder's handle ("kbaxter", "shadowfox",
 * "jenny"): no English word ("the username is wrong", "login: required"), no acronym in capitals
 * ("login is SSO"), and not capitalised as a product's or a firm's name is ("Screen name: Okta").
 */
function plainHandle(word: string): boolean {
  if (word.length < 3 || !/^\p{L}+$/u.test(word) || /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}{1,6}$/u.test(word)) return false
  return !loadNameLexicon().knownWords.has(word.toLowerCase())
}

/**
 * After a bare "user" or "account": only a value shaped like a handle ("g.wong", "mehta.arjun", "jdoe42");
 * after "user" and a log-in's "for", also a word in lower case that English has not ("for user mkowalczyk").
 */
function weakValueEnd(text: string, at: number, shape: RegExp, plain: boolean): number | undefined {
  const value = piece(text, at)
  // (five characters at least: "e.g", "i.e" are no one's)
  if (value === undefined || value.length < 5 || FILE_OR_SITE.test(value) || RECORD_KEY.test(value)) return undefined
  if (!shape.test(value) && !(plain && plainWordAfterUser(text, at + value.length, value))) return undefined
  return at + value.length
}

/** Words after a log-in's user that end the name ("for user mkowalczyk from ...", "... at 02:10"). */
const AFTER_USER: ReadonlySet<string> = new Set(['from', 'at', 'on', 'in', 'with', 'via', 'to', 'is', 'was', 'has', 'had', 'and', 'or', 'but', 'failed', 'logged', 'signed', 'succeeded', 'blocked', 'locked', 'since', 'after', 'before', 'using'])
/** How nouns of a product end ("user onboarding", "user provisioning"): no handle's. */
const NOUN_ENDING = /(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ism|ize|ise|ware)$/

/**
 * A lower-case word English has not, after a bare "user" or a log-in's "for", is the handle only where
 * it ends the phrase: "for user mkowalczyk from ..." names someone, "user onboarding flow" a feature.
 */
function plainWordAfterUser(text: string, end: number, value: string): boolean {
  if (!/^\p{Ll}+$/u.test(value) || NOUN_ENDING.test(value) || !plainHandle(value)) return false
  const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(end, end + 24))
  return next === null || AFTER_USER.has(next[1] as string)
}

/** After a platform's name: a handle with a mark (a hyphen too: "nokeke-dev"), or what a strong label takes. */
function platformValueEnd(text: string, at: number): number | undefined {
  const value = piece(text, at)
  if (value === undefined || FILE_OR_SITE.test(value) || RECORD_KEY.test(value)) return undefined
  const end = at + value.length
  if (HANDLE_MARK.test(value) || HYPHENED.test(value) || value.startsWith('@')) return digitsAfter(text, end) ?? end
  // (otherwise as after "username is": a word English has not, or a word and a marked piece, "rich p_atl")
  return valueEnd(text, at, true, true)
}

/** The handle piece at `at`, trimmed of the punctuation that ends a sentence; undefined for an address, a role or nothing. */
function piece(text: string, at: number): string | undefined {
  PIECE.lastIndex = at
  const m = PIECE.exec(text)
  if (m === null) return undefined
  const raw = m[0]
  const value = raw.replace(/[._-]+$/, '')
  // an address is the e-mail detector's
  if (text.charAt(at + raw.length) === '@' || value === '' || NO_HANDLE.test(value)) return undefined
  return value
}

/** The end of digits said apart right after `end`, or undefined. */
function digitsAfter(text: string, end: number): number | undefined {
  DIGITS_AFTER.lastIndex = end
  return DIGITS_AFTER.test(text) ? DIGITS_AFTER.lastIndex : undefined
}
