/**
 * Accounts listed after their kind named once, in the plural: "Policies PI-4471093, PI-4471127 and PI-4471180
 * all opened from one IP", "renew my kids' membership numbers 55201 and 55202", "customer IDs: 88120473,
 * 88120519". A fraud note or a household's call names the kind once and lists the numbers; two or more values
 * of one shape right after it make a list, which a sentence's other numbers (a count, an amount, a date) are not.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/**
 * The kind in the plural: an account's words that are plural on their own ("policies", "accounts", "memberships"),
 * or an account's word and its numbers' name in the plural ("member numbers", "customer IDs", "employee nos."),
 * then a colon or "are"/"were" maybe.
 */
const PLURAL_KIND = /(?<![\p{L}\p{N}])(?:policies|accounts|memberships|(?:account|policy|member|membership|customer|client|employee|staff|student|loyalty|tenant|resident)[ \t_-](?:numbers|nos\.?|ids|#s))(?![\p{L}\p{N}])[ \t]*(?::[ \t]*|(?:are|were)[ \t]+)?/giu
/**
 * One listed value: a code of capitals and four to fourteen digits, or five to fourteen digits alone (four alone are
 * as often years), a hyphened group after them maybe.
 */
const ITEM = /^(?:[A-Z]{1,5}-?\d{4,14}|\d{5,14})(?:-\d{1,8})?(?![\p{L}\p{N}]|[-.]\d)/u
/** Between two values: a comma, "and", "&" or "or". */
const JOIN = /^(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*&[ \t]*|[ \t]*\/[ \t]*)/
/** Cheap test: no plural kind, no list. */
const ANY_KIND = /\b(?:policies|accounts|memberships|numbers|nos|ids)\b|#s\b/i

/** A value's shape: its digits as 0 and its capitals as A. */
const shapeOf = (value: string): string => value.replace(/\d/g, '0').replace(/[A-Z]/g, 'A')

export const listedAccountsDetector: Detector = {
  name: 'listed-accounts',
  detect({ view }: DetectorInput): Candidate[] {
    const text = view.text
    if (!ANY_KIND.test(text)) return []
    const out: Candidate[] = []
    for (const m of text.matchAll(PLURAL_KIND)) {
      let at = m.index + m[0].length
      const items: { start: number; end: number }[] = []
      let shape: string | null = null
      for (;;) {
        const item = ITEM.exec(text.slice(at, at + 32))
        if (item === null) break
        const s = shapeOf(item[0])
        if (shape !== null && s !== shape) break
        shape = s
        items.push({ start: at, end: at + item[0].length })
        at += item[0].length
        const join = JOIN.exec(text.slice(at, at + 8))
        if (join === null) break
        at += join[0].length
      }
      // (one value alone after a plural is no list: "accounts 2024" is a year's)
      if (items.length < 2) continue
      for (const it of items) out.push({ type: 'account_number', ...mapSpan(view, it.start, it.end), confidence: 0.85, detector: 'accounts-listed', validated: false })
    }
    return out
  },
}
