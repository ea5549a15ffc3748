/**
 * Switzerland's social insurance number (AHV/AVS, since 2008): 756, the country's code, nine digits and an EAN-13
 * check digit, written in dotted groups "756.3047.2815.64". Its prefix, its grouping and its check together are the
 * scheme's own, so it is found without its name; written solid, only after its name ("AHV", "AVS", "AVS-Nr.").
 *
 * @module
 */
import { type Classifier, ok } from './classifier-context.js'

const AHV_GROUPS = /^3-4-4-2$/
const AHV_NAMES: ReadonlySet<string> = new Set(['ahv', 'avs', 'ahvn13', 'sozialversicherungsnummer', 'sozialversicherung'])

/** 13 digits starting 756 whose last is their EAN-13 check digit. */
export function ahvValid(digits: string): boolean {
  if (!/^756\d{10}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(digits.charAt(i)) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10 === Number(digits.charAt(12))
}

export const classifySwissAhv: Classifier = (w, ctx) => {
  if (!w.whole || w.digitCount !== 13 || !ahvValid(w.digits)) return null
  const grouped = AHV_GROUPS.test(w.shape) && w.seps.every((s) => s === w.seps[0])
  if (!grouped && !ctx.before.slice(0, 4).some((b) => AHV_NAMES.has(b))) return null
  return ok('us_social_security_number', 0.95, 'ch-ahv', true)
}
