/**
 * A person's user name or log-in after its label ("my username is deepagupt30", "user id is
 * siobhantrem nine one", "LOGIN_FAIL user=ramil.sori48"): a handle identifies its holder as an
 * account's number does. Reported as AssemblyAI's `username` type.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/**
 * The label, then what joins it to the value: "username is", "user name:", "user id was", "login -",
 * "screen name =", a log's `user=` or `login=` (the bare word "user" only joined so: "the user is
 * locked" names no one), "gamertag".
 */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:user[ _-]?(?:name|id)|login(?:[ _-]?(?:id|name))?|log-in|sign-?in[ _-]?name|screen[ _-]?name|gamer[ _-]?tag|handle)s?` +
    String.raw`(?:[ \t]*[:=][ \t]*|[ \t]+(?:is|was|'s|’s|it's|it’s)[ \t]+(?:(?:uh|um|er|like)[ \t]+)?)` +
    // (a form's label with only a space before the value: "Username deepagupt30")
    String.raw`|user[ _-]?(?:name|id)[ \t]+(?=\S*[\p{N}._])` +
    String.raw`|(?:user|usr|uname|login)[ \t]*=[ \t]*)` +
    // the value: a letter first, then letters, digits, dots, underscores and hyphens; and the digits said
    // apart after it in speech ("siobhantrem 91")
    String.raw`(@?\p{L}[\p{L}\p{N}._-]{1,39})(?:[ \t](\p{N}{1,4})(?![\p{L}\p{N}]))?`,
  'gidu',
)

/** Words in the value's place that are no one's handle ("user id is wrong", "login is locked"). */
const NO_HANDLE = /^(?:admin|administrator|root|guest|system|anonymous|unknown|null|none|n\/a|test|default)$/i

export const usernameDetector: Detector = {
  name: 'username',
  detect({ view }: DetectorInput): Candidate[] {
    const text = view.text
    if (!/user|login|log-in|sign|screen|gamer|handle/i.test(text)) return []
    const out: Candidate[] = []
    for (const m of text.matchAll(LABELLED)) {
      const raw = m[1] ?? ''
      const at = m.indices?.[1]?.[0] ?? 0
      const value = raw.replace(/[._-]+$/, '')
      // an address is the e-mail detector's; a word alone is no handle (only digits, a dot or an
      // underscore inside it, or digits said after it, make it one)
      if (text.charAt(at + raw.length) === '@' || NO_HANDLE.test(value)) continue
      const digitsAfter = m.indices?.[2]
      if (!/\p{N}|\p{L}[._]\p{L}/u.test(value) && digitsAfter === undefined) continue
      const end = digitsAfter === undefined || value !== raw ? at + value.length : digitsAfter[1]
      out.push({ type: 'username', ...mapSpan(view, at, end), confidence: 0.8, detector: 'username', validated: false })
    }
    return out
  },
}
