/**
 * Whether a digit window is an IPv4 address: dotted quads, octets read out, versions and networks that are
 * not hosts.
 *
 * @module
 */
import { isIPv4 } from 'node:net'
import { IP_WORDS } from '../internal/context-lexicon.js'
import { hasAny } from '../internal/context-words.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { type Classifier, ok, versionWordAt } from './classifier-context.js'

const allSpaces = (w: DigitWindow): boolean => w.groupCount === 1 || w.uniformSepClass === ' '

/** "10.45.79.233/32": the run goes on past the window only with a CIDR prefix length. */
function cidrAfter(w: DigitWindow): boolean {
  if (w.first !== 0 || w.last !== w.run.groups.length - 1 || w.run.seps[w.last - 1] !== '/') return false
  const g = w.run.groups[w.last] as { start: number; end: number }
  return g.end - g.start <= 2
}

export const classifyIpv4: Classifier = (w, ctx) => {
  // "an IP address, eight one, one five two, two oh three, four four": octets read out with a pause between
  // them, which the normaliser joins into one number
  if (w.groupCount === 1 && w.whole && w.digitCount >= 4 && w.digitCount <= 12 && ctx.spoken(w) && ipCue(ctx.before)) {
    const octets = ctx.originalText(w).split(',').map((part) => normalizeSpoken(part).text.replace(/\D/g, ''))
    return octets.length === 4 && octets.every((o) => o.length >= 1 && o.length <= 3) && isIPv4(octets.join('.')) ? ok('ip_address', 0.85, 'ip-v4-spoken', false) : null
  }
  // "one ninety two dot sixteen eight dot five dot ten five" -> "192.16 8.5.10 5": octets said in
  // pieces, joined between the dots, after an address word
  if (w.groupCount > 4 && w.whole && ctx.spoken(w) && ipCue(ctx.before)) {
    const ip = spokenOctets(w)
    return ip !== null && isIPv4(ip) ? ok('ip_address', 0.85, 'ip-v4-spoken', false) : null
  }
  if (w.groupCount !== 4 || !(w.whole || cidrAfter(w) || dottedQuadAlone(w))) return null
  // "the handbook (sec. 4.3.2.1)", "§ 2.1.1.3": a document's section
  if (ctx.sectionAbbreviated(w)) return null
  // "firmware 10.2.0.1", "upgrade from version 10.1.4.7": a version number, unless an address is talked about
  // ("Which version are you on? It says 2.0.1.20": the word naming a version may come a question before)
  // ... and the nearer word decides between the two ("the router says firmware 4.11.8.129", "patched to 7.7.9.176")
  // ... but a platform's name not right before the number ("the IP address showing in the app is ...") gives
  // way to an address word further back
  const versionAt = versionWordAt(ctx.before)
  const platform = versionAt > 0 && PLATFORM_WORDS.has(ctx.before[versionAt] ?? '') && ipCue(ctx.before)
  if (versionAt < ctx.before.length && !ipCue(ctx.before.slice(0, versionAt)) && !platform) return null
  // "3.1.0.24 or newer", "or later": a version's minimum, never an address
  if (ctx.after[0] === 'or' && NEWER.has(ctx.after[1] ?? '')) return null
  // "10.40.0.0/16", "ten dot zero dot zero dot zero slash eight", "Mask 255.255.255.0": a network's range or
  // its mask, which is no host's address ("192.168.1.25/24" is a host with its prefix, and stays one)
  if (w.uniformSepClass === '.') {
    const ip = ipText(w)
    if (!isIPv4(ip)) return null
    const prefix = cidrAfter(w) ? Number(ctx.groupText(w, w.last)) : ctx.after[0] === 'slash' ? Number(ctx.after[1] ?? Number.NaN) : undefined
    return networkNotHost(ip, prefix) ? null : ok('ip_address', 0.95, 'ip-v4', true)
  }
  if (allSpaces(w) && ipCue(ctx.before) && isIPv4(ipText(w))) return ok('ip_address', 0.85, 'ip-v4-spaced', false)
  return null
}

/**
 * A network, not a host: a netmask (255 first, then ones and zeros: "255.255.254.0"), or an address whose
 * host bits the CIDR prefix after it leaves all zero ("10.40.0.0/16"; a prefix said but not read: ".0" last).
 */
function networkNotHost(ip: string, prefix: number | undefined): boolean {
  const o = ip.split('.').map(Number) as [number, number, number, number]
  const n = o[0] * 2 ** 24 + o[1] * 2 ** 16 + o[2] * 2 ** 8 + o[3]
  if (o[0] === 255) {
    const zeros = 2 ** 32 - 1 - n
    if ((zeros & (zeros + 1)) === 0) return true
  }
  if (prefix === undefined) return false
  if (Number.isNaN(prefix)) return o[3] === 0
  return prefix < 32 && n % 2 ** (32 - prefix) === 0
}

/** "or newer", "or later", "or above": what follows a version's minimum. */
const NEWER: ReadonlySet<string> = new Set(['newer', 'later', 'higher', 'above', 'greater', 'up'])

/** Version words that name a platform or a program: "app 4.2.1.7" is a version, "the IP address in the app is ..." an address. */
const PLATFORM_WORDS: ReadonlySet<string> = new Set(['app', 'os', 'ios', 'android', 'sdk', 'driver'])

/**
 * "user id 12036: 200.93.153.233 (2026-09-10)", "13:04:10.418,10.109.232.176,login": four groups
 * joined by dots inside a longer run whose other separators are no dots (a label's colon, a CSV comma).
 */
function dottedQuadAlone(w: DigitWindow): boolean {
  if (w.uniformSepClass !== '.') return false
  const before = w.run.seps[w.first - 1]
  const after = w.run.seps[w.last - 1]
  return (before === undefined || !before.includes('.')) && (after === undefined || !after.includes('.'))
}

/** The window's digits as four dotted octets, the groups between two dots joined ("192.16 8.5.10 5" -> "192.168.5.105"); null otherwise. */
function spokenOctets(w: DigitWindow): string | null {
  const lengths = w.shape.split('-').map(Number)
  const octets: string[] = []
  let octet = ''
  let offset = 0
  for (let g = 0; g < lengths.length; g++) {
    const len = lengths[g] as number
    octet += w.digits.slice(offset, offset + len)
    offset += len
    const sep = w.seps[g]
    if (sep === undefined || sep.includes('.')) {
      if (octet.length > 3) return null
      octets.push(octet)
      octet = ''
    } else if (sep.trim() !== '') return null
  }
  return octets.length === 4 ? octets.join('.') : null
}

function ipText(w: DigitWindow): string {
  const parts: string[] = []
  let offset = 0
  for (const len of w.shape.split('-').map(Number)) {
    parts.push(w.digits.slice(offset, offset + len))
    offset += len
  }
  return parts.join('.')
}

/** An IP word before, or "IP" spelled out ("the i p v four side": nearest first, so "p" then "i"). */
function ipCue(before: readonly string[]): boolean {
  if (hasAny(before, IP_WORDS)) return true
  for (let k = 0; k + 1 < before.length; k++) if (before[k] === 'p' && before[k + 1] === 'i') return true
  return false
}
