/**
 * A person's user name or log-in after its label ("my username is deepagupt30", "user id is
 * siobhantrem nine one", "LOGIN_FAIL user=ramil.sori48", "sign-in for user g.wong from ..."): a
 * handle identifies its holder as an account's number does. Reported as AssemblyAI's `username` type.
 *
 * @module
 */
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import { loadNameLexicon } from '../names/name-lexicon.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** The words that name a handle ("username", "user id", "login name", "screen name", "gamertag"). */
const STRONG_LABEL = String.raw`(?:user[ _-]?(?:name|id)|login(?:[ _-]?(?:id|name))?|log-in|sign-?in[ _-]?name|screen[ _-]?name|gamer[ _-]?tag|handle|online[ _-]?id|` +
  // universities' names for a person's log-in: NetID, SUNet ID, UBC's CWL, UNSW's zID, a Kerberos name
  String.raw`net[ _-]?id|sunet[ _-]?id|cwl|zid|kerberos(?:[ _-]?(?:id|name))?|` +
  // games' names for a player's handle: a Riot ID, a BattleTag, an in-game name, a summoner's name
  String.raw`riot[ _-]?id|battle[ _-]?tag|ign|in[ -]?game[ _-]?name|name[ \t]+in[ -]?game|summoner[ _-]?name|player[ _-]?(?:name|tag)|epic[ _-]?(?:games[ _-]?)?(?:id|user[ _-]?name|display[ _-]?name))s?`
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
const PREFILTER = /user|uname|log|sign|screen|gamer|handle|account|password|online|net[ _-]?id|cwl|zid|kerberos|mfa|2fa|git|bitbucket|slack|linked|twitter|insta|\big\b|tik|snapchat|discord|telegram|bluesky|mastodon|reddit|twitch|tube|facebook|\bfb\b|venmo|cash|paypal|steam|xbox|psn|playstation|skype|wechat|\bkik\b|riot|battle|\bign\b|game|summoner|player|acct|epic|friend|xbl/i
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
    String.raw`|(?<l>(?:user|usr|uname|login|player|gamertag|nick|ign))[ \t]*=[ \t]*` +
    // ... and a JSON record's ("user":"mkowalski1960", "username": "m.usman.bwp"; not an id's number: "user_id")
    String.raw`|(?<j>"(?:user|username|user_name|userName|login|uname|handle|screen_name|screenName|` +
    // (... and a player's handles on a console's or a game's network: "psn": "Ravenhold_88", "gamertag": ...)
    String.raw`psn|psn_id|xbl|xbox|gamertag|gamer_tag|gamerTag|steam_name|discord|riot_id|riotId|battletag|battle_tag|ign|player_name|playerName|epic_id|epic_name)"[ \t]*:[ \t]*")` +
    String.raw`|(?<w>user|account|acct|player)(?:[ \t]*:[ \t]*|[ \t]+${VERB}[ \t]+|(?:'s|’s)[ \t]+|[ \t]+)` +
    // ... and whom a log-in or a password is for ("failed logins for oconnor.liam", "password reset for lmartel91",
    // "log in as ...")
    String.raw`|(?:logins?|log(?:ged)?[ -]?ins?|sign(?:ed)?[ -]?ins?|password(?:[ \t]+reset)?|attempts?|mfa|2fa|sign-?in[ \t]+logs)[ \t]+(?<f>for|as)[ \t]+` +
    // a platform's handle: "my github is ...", "LinkedIn handle ...", "on Slack as ..."
    String.raw`|(?<p>${PLATFORM})(?:[ \t]+${PLATFORM_NOUN})?(?:[ \t]*:[ \t]*|${FILLERS}[ \t]+${VERB}[ \t]+${SAID_AT})` +
    String.raw`|(?<p2>${PLATFORM})[ \t]+${PLATFORM_NOUN}[ \t]+|(?<p3>on[ \t]+${PLATFORM}[ \t]+as)[ \t]+` +
    // a question that asks for one, then the answer ("What username did you use? A. bigtex_dre.", "Which user are
    // you logged in as? Speaker B: Amelia_W_1990.")
    String.raw`|(?<q>user[ _-]?name|login|handle|gamer[ _-]?tag|screen[ _-]?name|logged in as|riot[ _-]?id|battle[ _-]?tag|in[ -]?game[ _-]?name|friend[ _-]?code)[^?\n]{0,60}\?[ \t]*\n?[ \t]*${ANSWER_LEAD}` +
    // ... and a question asking for the account itself, not its number ("What's his account?\nParent: Rowan_plays.")
    String.raw`|(?<qa>account|acct)(?:[ \t]+(?:name|handle))?[ \t]*\?[ \t]*\n?[ \t]*${ANSWER_LEAD})`,
  'giu',
)

/** One piece of a handle: a letter first (an "@" maybe), then letters, digits, dots, underscores and hyphens. */
const PIECE = /@?\p{L}[\p{L}\p{N}._-]{0,39}/uy
/** Digits said apart after a handle ("bigmick 1966", "EMP 00912", "siobhantrem 91"), not a count ("locked 3 times"). */
const DIGITS_AFTER = /[ \t]{1,2}(\p{N}{1,6})(?![\p{L}\p{N}])(?![ \t]+(?:times?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?|attempts?|tries|x)\b)/uy
/** Four letters or more spelled one by one ("n h a m d a n"), no word touching them. */
const SPELLED = /(?:\p{L} ){3,}\p{L}(?![\p{L}\p{N}])/uy
/** A log-in that is a number ("login id 2231045", a Discord or Steam user ID of 17-19 digits). */
const NUMERIC = /\p{N}{4,20}(?![\p{L}\p{N}])/uy
/** A handle's inner mark: a digit, letters joined by a dot or an underscore, or a game's tag after "#" ("ZephyrQ#EUW"). */
const HANDLE_MARK = /\p{N}|\p{L}[._]\p{L}|#/u
/** A game's tag after a handle: a Riot ID's, a BattleTag's or an old Discord name's ("#EUW", "#1234"). */
const GAME_TAG = /#[\p{L}\p{N}]{2,6}(?![\p{L}\p{N}_#])/uy
/** Letters joined by a hyphen: a handle's mark after a platform's name or an "@" ("nokeke-dev", "@Kayla-Brooks-3"). */
const HYPHENED = /\p{L}-\p{L}/u
/** A handle's shape after a bare "account": pieces joined by a dot or an underscore ("mehta.arjun", "kbrar_604"). */
const DOTTED_HANDLE = /^@?\p{L}[\p{L}\p{N}]*(?:[._][\p{L}\p{N}]+)+$/u
/**
 * ... and after a bare "user" or a log-in's "for", also letters then digits ("jdoe42"), not a mask ("xxxx4211"), or
 * one letter and a student's six to eight digits ("z5321087", "s3921184"; not a version, "v2023001").
 */
const HANDLE_SHAPE = /^@?\p{L}[\p{L}\p{N}]*(?:[._][\p{L}\p{N}]+)+$|^@?(?![xX]+\p{N})\p{L}{2,}\p{N}{1,6}$|^(?![vV]\p{N})\p{L}\p{N}{6,8}$/u
/**
 * Words run together in camel case ("BrandonLeeGaming", "xSakuraBlitzx", "OkoroLite", "ZephyrQ"): a lower-case
 * letter, then a capital, inside the word.
 */
const CAMEL = /^\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}]*$/u
/** A surname's prefix before its capital ("McDonald", "LeBlanc", "DiMaggio", "VanDyke"): a name, not a handle. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)\p{Lu}\p{Ll}+$/u
/** Products and firms written in camel case, said where a handle could be ("my account PayPal", "login: GitHub"). */
const CAMEL_PRODUCTS: ReadonlySet<string> = new Set([
  'paypal', 'youtube', 'linkedin', 'github', 'gitlab', 'bitbucket', 'whatsapp', 'playstation', 'facebook', 'tiktok', 'wordpress', 'quickbooks',
  'javascript', 'typescript', 'powerpoint', 'onedrive', 'sharepoint', 'mastercard', 'fedex', 'doordash', 'ubereats', 'cashapp', 'applepay',
  'googlepay', 'hubspot', 'salesforce', 'mailchimp', 'blackberry', 'soundcloud', 'deviantart', 'onlyfans', 'myaccount', 'onelogin', 'lastpass',
  'freshdesk', 'zendesk', 'servicenow', 'docusign', 'autopay', 'smartthings', 'airpods', 'macbook', 'chromebook', 'xbox', 'nintendo',
])
/** Letters, a digit or more inside, and letters again, in lower case ("gl1tchcarder", "t0xicjesus"). */
const LEET = /^\p{Ll}+\p{N}+\p{Ll}{2,}[\p{Ll}\p{N}]*$/u
/** Lower-case letters and a few digits after them ("notbannedlol2", "fortniteguy2012"). */
const LOWER_THEN_DIGITS = /^(\p{Ll}{4,})\p{N}{1,4}$/u

/** A word run together in camel case that is a handle: not a surname with its prefix, not a product's name, not "iPhone". */
function camelHandle(word: string): boolean {
  return word.length >= 5 && CAMEL.test(word) && !SURNAME_PREFIX.test(word) && !/^[ie]\p{Lu}/u.test(word) && !CAMEL_PRODUCTS.has(word.toLowerCase())
}

/**
 * After a bare "account", "acct" or "player", or in answer to "what's your account?": a value shaped like a handle,
 * dotted ("mehta.arjun"), in camel case ("xSakuraBlitzx"), with a digit inside its letters ("gl1tchcarder"), or
 * letters English has not with digits after them ("notbannedlol2"); not an account's code ("AB12345") or a mask.
 */
function accountHandle(value: string): boolean {
  if (DOTTED_HANDLE.test(value) || LEET.test(value) || (camelHandle(value) && !/\p{N}{4}/u.test(value))) return true
  const lower = LOWER_THEN_DIGITS.exec(value)
  // (not a mask: "xxxx4211")
  return lower !== null && !/^(\p{Ll})\1*$/u.test(lower[1] as string) && !loadNameLexicon().knownWords.has(lower[1] as string)
}

/** A file's or a site's name is no handle ("user guide.pdf", "account example.com"). */
/** Files' endings, and sites' generic ones. */
const FILE_ENDINGS = 'pdf|docx?|xlsx?|csv|txt|png|jpe?g|gif|zip|exe|js|ts|json|html?|xml|log|py|rb|go|java|sh|ya?ml|md|cfg|ini|conf|toml|lock|sql|tsx|jsx|mjs|cjs|php|cpp|cs|kt|rs|swift'
const SITE_ENDINGS = 'com|net|org|gov|edu'
const FILE_OR_SITE = new RegExp(`\\.(?:${FILE_ENDINGS}|${SITE_ENDINGS}|io|co|uk)$`, 'i')

/** A record's field, not its value ("password reset for user_id 44", "logins for first_name"). */
const RECORD_KEY = /[._](?:id|uid|name|no|num|number|key|type|code|date|at|by|count|field|value|email|phone)$/i

/** Words in the value's place that are no one's handle ("user id is wrong", "login is locked"), and a count ("login x14"). */
const NO_HANDLE = /^(?:admin|administrator|root|guest|system|anonymous|unknown|null|none|n\/a|test|default|x\d+)$/i
/** Things numbered on a form or a screen: "the username field 2" is none. */
const NUMBERED_THING = /^(?:field|box|column|input|page|step|option|line|row|tab|screen|section|part|version|attempt|try|number|no|digit|digits|character|characters|letter|letters)$/i
/** An article or a pronoun read as an initial ("my username is a mess"). */
const NOT_INITIAL = /^[ai]$/i

/** A handle mentioned with its "@" ("payments to @RichieP_ATL", "(@fatoudiallo on LinkedIn)"), not an address's or a package's. */
// (its trailing underscores are the handle's: "@miamoreno_", "@r0se_g0ld_")
const MENTION = /(?<![\p{L}\p{N}_.@\/+-])@(\p{L}[\p{L}\p{N}_.-]{1,30}[\p{L}\p{N}]_{0,3})(?![\p{L}\p{N}_@(\/]|[.-][\p{L}\p{N}])/gu
/**
 * A site's or a file's ending that "@" does not make a handle ("@gmail.com" cut from an address, "@config.json"); a
 * country's ending does not stop one ("@vintage.drops.uk", "@fleurdevries.nl": Instagram's names take dots).
 */
const MENTIONED_FILE_OR_SITE = new RegExp(`\\.(?:${FILE_ENDINGS}|${SITE_ENDINGS})$`, 'i')
/**
 * An old Discord name with its four-digit tag ("pixelpeach#4471"), the name a word English does not have: "issue#1234",
 * "room#12" are no one's.
 */
const DISCORD_TAG = /(?<![\p{L}\p{N}_.@#\/-])(\p{L}[\p{L}\p{N}_.]{2,31})#\d{4}(?![\p{L}\p{N}#])/gu
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
  detect({ text: source, view }: DetectorInput): Candidate[] {
    const text = view.text
    const out: Candidate[] = []
    if (text.includes('@')) {
      for (const m of text.matchAll(MENTION)) {
        const handle = m[1] as string
        if (NOT_MENTIONS.has(handle.toLowerCase()) || MENTIONED_FILE_OR_SITE.test(handle)) continue
        // a word alone is a handle in lower case when English has no such word ("@hanakoyamada"); capitalised
        // ("@Sita", "@DevOps") it is the names stage's to tell a person from a team
        // (a trailing underscore is a handle's mark too: "@miamoreno_")
        if (!HANDLE_MARK.test(handle) && !HYPHENED.test(handle) && !handle.endsWith('_') && !(/^\p{Ll}+$/u.test(handle) && plainHandle(handle))) continue
        out.push({ type: 'username', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'username-mention', validated: false })
      }
    }
    if (text.includes('#')) {
      for (const m of text.matchAll(DISCORD_TAG)) {
        const name = m[1] as string
        if (HANDLE_MARK.test(name) || plainHandle(name.toLowerCase())) out.push({ type: 'username', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'username-discord-tag', validated: false })
      }
    }
    if (PREFILTER.test(text)) labelled(view, out)
    if (text.includes(':')) chatSpeakers(view, out)
    if (text.includes('_') || text.includes('.')) {
      // (one pass over the joined words for both readings)
      const joined = [...source.matchAll(JOINED_WORD)]
      if (joined.length > 0) {
        nameJoinedHandles(joined, out)
        cuedJoinedHandles(source, joined, out)
      }
    }
    return out.length === 0 ? out : withRepeats(source, out)
  },
}

/** The quotes a log or a message may put around a handle, each with the one that closes it. */
const CLOSING_QUOTES: ReadonlyMap<string, string> = new Map([['"', '"'], ["'", "'"], ['\u201c', '\u201d'], ['\u2018', '\u2019'], ['`', '`']])

/** Handles after their labels, named by their platform, or given in answer to a question asking for them. */
function labelled(view: OffsetText, out: Candidate[]): void {
  const text = view.text
  for (const m of text.matchAll(LABELLED)) {
    const g = m.groups ?? {}
    // (a log quotes what it names: 'failed attempts for user "s2209461"', "login 'kbaxter' locked"; the quote is no part of it)
    const labelEnd = (m.index ?? 0) + m[0].length
    const quote = g['j'] === undefined ? CLOSING_QUOTES.get(text.charAt(labelEnd)) : undefined
    const at = quote === undefined ? labelEnd : labelEnd + 1
    const weak = g['w'] ?? g['f']
    const platform = g['p'] !== undefined || g['p2'] !== undefined || g['p3'] !== undefined
    // (after a bare "user" or a log-in's "for", a handle's shape or a plain word; after "account", "acct" or "player", a handle's shape)
    const userLike = weak !== undefined && (weak.toLowerCase() === 'user' || g['f'] !== undefined)
    // (an answer to a question is a handle only with a handle's mark: "A. Yes." answers none)
    // ... unless a word alone, English has not, is the whole answer ("And your username?\nCaller: bfletcher.")
    const end = g['q'] !== undefined
      ? valueEnd(text, at, true, false) ?? wholeAnswerEnd(text, at)
      : platform
        ? platformValueEnd(text, at)
        : weak !== undefined
          ? weakValueEnd(text, at, userLike ? (v) => HANDLE_SHAPE.test(v) || camelHandle(v) : accountHandle, userLike)
          : g['qa'] !== undefined
            ? weakValueEnd(text, at, accountHandle, false)
            : valueEnd(text, at, g['s'] !== undefined || g['s2'] !== undefined, g['s2'] === undefined)
    if (end === undefined || (quote !== undefined && text.charAt(end) !== quote)) continue
    // (a JSON value is the whole string: "user":"m.usman.bwp")
    if (g['j'] !== undefined && text.charAt(end) !== '"') continue
    // (after "username is", the value is a handle whatever names it holds: "ming li eighty-eight")
    out.push({ type: 'username', ...mapSpan(view, at, end), confidence: weak === undefined ? 0.9 : 0.8, detector: 'username', validated: false })
  }
}

/**
 * A chat's line: maybe a time in brackets, then who writes it and a colon, then words ("nightowl_ana: gg that
 * clutch was insane", "[21:04] cheesypuff11: my mom's card is ...").
 */
const CHAT_LINE = /^[ \t]*(?:[[(][^\])\n]{1,24}[\])][ \t]*)?(\p{L}[\p{L}\p{N}._#-]{1,31}):[ \t]+(?=[@\p{L}][^\s:]*[ \t]+\S)([^\n]{0,80})/dgmu

/**
 * In a chat log (two lines or more written as "who: what"), the writers whose names are handles: with a handle's
 * mark ("lurkmaster3000", "daehyun_k", "minjae.gg"), in camel case ("xxDarkLordxx"), or a lower-case word that is
 * no English word, no name and no word of another language ("tofuwarlord"); not a role ("Agent", "Caller"), a
 * field's name ("order_status", "error404") or a person's name ("Mirelle": the names stage's).
 */
function chatSpeakers(view: OffsetText, out: Candidate[]): void {
  // (what is written is words, one of them a lower-case word of English or of a language callers switch to, not
  // a log's codes: tsp_response: "DECLINED_BY_ISSUER")
  const lex = loadNameLexicon()
  const said = (line: string): boolean => line.split(/[^\p{L}']+/u).some((w) => w.length >= 2 && /^\p{Ll}/u.test(w) && (lex.knownWords.has(w) || lex.foreignWords.has(w)))
  const lines = [...view.text.matchAll(CHAT_LINE)].filter((m) => said(m[2] as string))
  if (lines.length < 2) return
  for (const m of lines) {
    const label = (m[1] as string).replace(/[._-]+$/, '')
    const start = (m.indices?.[1] as [number, number])[0]
    if (chatHandle(label)) out.push({ type: 'username', ...mapSpan(view, start, start + label.length), confidence: 0.8, detector: 'username-chat', validated: false })
  }
}

/** Whether a chat's writer, so named, is a handle (see `chatSpeakers`). */
function chatHandle(label: string): boolean {
  if (label.length < 4 || RECORD_KEY.test(label) || FILE_OR_SITE.test(label) || NO_HANDLE.test(label)) return false
  const lex = loadNameLexicon()
  // (every word of it English: a field's or a role's name, "order_status", "StreamElements", "Agent2")
  const parts = label.split(/[^\p{L}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter((w) => w.length > 2).map((w) => w.toLowerCase())
  if (parts.every((w) => lex.knownWords.has(w))) return false
  if (HANDLE_MARK.test(label) || camelHandle(label)) return true
  return /^\p{Ll}{5,}$/u.test(label) && !lex.firstNames.has(label) && !lex.surnames.has(label) && !lex.foreignWords.has(label)
}

/** Pieces joined by "_" or "." into one word ("arjun_plays", "ellie.b", "Mod_Aurelia", "kenji_no_kuma"). */
const JOINED_WORD = /(?<![\p{L}\p{N}_.@#\/\\-])\p{L}[\p{L}\p{N}]*(?:[._][\p{L}\p{N}]+)+(?![\p{L}\p{N}_@#(\/\\-]|\.[\p{L}\p{N}])/gu

/** A joined word that may be a handle: five characters at least, no file's or site's name, no record's field, no two sentences run together ("Maria.She"). */
function handleShapedJoin(word: string): boolean {
  return word.length >= 5 && !FILE_OR_SITE.test(word) && !RECORD_KEY.test(word) && !/\.\p{Lu}/u.test(word)
}

/**
 * A word of pieces joined by "_" or "." where one piece is a given name (and no everyday word): someone's handle,
 * with no label needed ("to keep arjun_plays's and anika.draws's subscriptions", "Reported by: ellie.b"); not a
 * file's or a site's name, not a field's ("first_name"), and not two sentences run together ("Maria.She").
 */
function nameJoinedHandles(joined: readonly RegExpExecArray[], out: Candidate[]): void {
  const lex = loadNameLexicon()
  for (const m of joined) {
    const text = m.input
    const word = m[0]
    if (!handleShapedJoin(word)) continue
    // (a key before its value: "max_aed": 50, lan_ip=10.0.0.4, tsp_response: "DECLINED")
    if (/^"?[ \t]*[:=]/.test(text.slice(m.index + word.length, m.index + word.length + 3))) continue
    const parts = word.split(/[._]/)
    if (!parts.some((p) => p.length >= 4 && lex.firstNames.has(p.toLowerCase()) && !lex.commonWords.has(p.toLowerCase()) && !lex.knownWords.has(p.toLowerCase()))) continue
    out.push({ type: 'username', start: m.index, end: m.index + word.length, confidence: 0.8, detector: 'username-joined', validated: false })
  }
}

/**
 * Words that put a handle right after them in a platform's reports and chats ("profile tom_h_1989", "snap me
 * mia.xoxo.22", "NOTE by mod_renata", "I found grace_in_bloom linked to ..."): a profile, an app's name, following,
 * adding, messaging, who did something.
 */
const HANDLE_CUES: ReadonlySet<string> = new Set([
  'profile', 'snap', 'snapchat', 'ig', 'insta', 'instagram', 'tiktok', 'twitter', 'threads', 'follow', 'followed', 'add', 'dm', 'dms',
  'messaged', 'by', 'found', 'user', 'alt', 'alts', 'handle', 'named', 'called', 'blocked', 'reported', 'banned', 'muted', 'seller', 'buyer',
])
/** Up to two words ("me", "on", "the user", ...) between such a cue and the handle. */
const CUE_BEFORE = /(?<![\p{L}\p{N}])(\p{L}+)[ \t]+(?:(?:me|him|her|them|on|as|the|a|an|user|account|at|is|was)[ \t]+){0,2}$/u

/**
 * A word of pieces joined by "_" or "." with a handle's marks (an underscore, or a piece of digits: "tom_h_1989",
 * "mia.xoxo.22", "grace_in_bloom", "mattyd_22"), right after a word that puts a handle there (`HANDLE_CUES`). A
 * file's, a site's or a record field's name, a version ("python3.11") or a key before its value is none.
 */
function cuedJoinedHandles(text: string, joined: readonly RegExpExecArray[], out: Candidate[]): void {
  for (const m of joined) {
    const word = m[0]
    if (!handleShapedJoin(word)) continue
    if (!word.includes('_') && !/[._]\p{N}+(?:[._]|$)/u.test(word)) continue
    // (a platform's record id, its kind then its number: "shopper_4471902", "cus_50928164": an account's, read as one)
    if (/^\p{L}{2,12}_\p{N}{6,}$/u.test(word)) continue
    // (a version's or a number's dots: "v1.2", "python3.11", "3.2.1")
    if (/^\p{L}{0,8}\p{N}*(?:\.\p{N}+)+$/u.test(word)) continue
    // (a key before its value: "user_config = 2", "by_user": "...", "set by retry_count: 3"; not a sentence's colon, "by mod_renata: alt ...")
    if (/^(?:[ \t]*=|"[ \t]*:|[ \t]*:[ \t]*["'{[\d-])/.test(text.slice(m.index + word.length, m.index + word.length + 4))) continue
    // (every piece an English word, two of them, is a field's or a setting's name: "user_config", "grace_in_bloom" has three)
    const pieces = word.split(/[._]/)
    if (pieces.length === 2 && pieces.every((p) => /^\p{L}+$/u.test(p) && loadNameLexicon().knownWords.has(p.toLowerCase()))) continue
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))
    if (cue === null || !HANDLE_CUES.has((cue[1] as string).toLowerCase())) continue
    out.push({ type: 'username', start: m.index, end: m.index + word.length, confidence: 0.8, detector: 'username-cued', validated: false })
  }
}

/** A handle-shaped word anywhere: where a handle found once is said again ("@pixelpadre", "lurkmaster3000 just subscribed"). */
const HANDLE_WORD = /(?<![\p{L}\p{N}_.@#-])[\p{L}\p{N}][\p{L}\p{N}._#-]*/gu

/** How sure a handle with a mark is: above a name read in one of its pieces ("Rowan_plays", "nightowl_ana"). */
const MARKED_CONFIDENCE = 0.95

/**
 * The handles found, and every other place the same handle is written (one pass over the text's words, so a
 * long log with many handles stays linear): a handle identifies its holder wherever it stands. A handle with a
 * mark is one whole, not a name and a word.
 */
function withRepeats(text: string, candidates: Candidate[]): Candidate[] {
  const handles = new Set<string>()
  const found = candidates.map((c) => (HANDLE_MARK.test(text.slice(c.start, c.end)) && /\p{L}/u.test(text.slice(c.start, c.end)) ? { ...c, confidence: Math.max(c.confidence, MARKED_CONFIDENCE) } : c))
  for (const c of found) {
    const value = text.slice(c.start, c.end).replace(/^@/, '')
    // (a handle of letters and digits, said whole: not a number alone, not a handle said in words)
    if (value.length >= 4 && !/^\p{N}+$/u.test(value) && !/\s/u.test(value)) handles.add(value)
  }
  if (handles.size === 0) return found
  const taken = new Set(found.map((c) => c.start))
  const out = [...found]
  for (const m of text.matchAll(HANDLE_WORD)) {
    const value = m[0].replace(/[._-]+$/, '')
    if (!handles.has(value)) continue
    if (taken.has(m.index)) continue
    taken.add(m.index)
    out.push({ type: 'username', start: m.index, end: m.index + value.length, confidence: HANDLE_MARK.test(value) ? MARKED_CONFIDENCE : 0.8, detector: 'username-repeat', validated: false })
  }
  return out
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
  return marked || (named && (plainHandle(first) || camelHandle(first))) ? end : undefined
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
function weakValueEnd(text: string, at: number, shape: (value: string) => boolean, plain: boolean): number | undefined {
  const value = piece(text, at)
  // (five characters at least: "e.g", "i.e" are no one's)
  if (value === undefined || value.length < 5 || FILE_OR_SITE.test(value) || RECORD_KEY.test(value)) return undefined
  if (!shape(value) && !(plain && plainWordAfterUser(text, at + value.length, value))) return undefined
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
  // ("ZephyrQ#EUW", "krissyq#0001": a game's tag is part of the handle)
  if (value.length === raw.length && text.charCodeAt(at + raw.length) === 35) {
    GAME_TAG.lastIndex = at + raw.length
    const tag = GAME_TAG.exec(text)
    if (tag !== null) return value + tag[0]
  }
  return value
}

/** The end of digits said apart right after `end`, or undefined. */
function digitsAfter(text: string, end: number): number | undefined {
  DIGITS_AFTER.lastIndex = end
  return DIGITS_AFTER.test(text) ? DIGITS_AFTER.lastIndex : undefined
}
