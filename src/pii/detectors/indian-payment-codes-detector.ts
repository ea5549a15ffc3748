/**
 * India's payment addresses and bank branch codes: a UPI ID (virtual payment address, "imranq87@okaxis",
 * "arvind k 9845 at ybl" said after "UPI") pays one person's bank account as an account number does, and an
 * IFSC ("HDFC0001247", "i c i c 0006210" after "IFSC") is the branch an account is held at, as a sort code is.
 * Both are reported as `banking_information`.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** The payment apps' and banks' UPI handles (what follows the "@" of a UPI ID; no e-mail domain has these alone). */
const UPI_HANDLES = [
  'okaxis', 'oksbi', 'okicici', 'okhdfcbank', 'ybl', 'ibl', 'axl', 'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi', 'upi',
  'apl', 'yapl', 'rapl', 'ikwik', 'axisbank', 'icici', 'sbi', 'hdfcbank', 'kotak', 'kmbl', 'freecharge', 'jupiteraxis',
  'fbl', 'waicici', 'wahdfcbank', 'waaxis', 'wasbi', 'abfspay', 'idfcbank', 'idfcfirst', 'federal', 'barodampay',
  'postbank', 'rbl', 'indus', 'yesbank', 'yesbankltd', 'aubank', 'airtel', 'jio', 'timecosmos', 'naviaxis', 'superyes',
  'dhani', 'pnb', 'boi', 'cnrb', 'unionbank', 'uboi', 'idbi', 'citi', 'hsbc', 'sc', 'dbs', 'mahb', 'ucobank', 'csbpay',
  'equitas', 'fino', 'kbl', 'kvb', 'tjsb', 'dcb', 'amazonpay', 'gpay', 'phonepe', 'slc', 'mobikwik', 'pingpay',
]
const HANDLES = UPI_HANDLES.join('|')
/** A UPI ID written whole: letters, digits, dots, hyphens or underscores, "@", a handle; not an e-mail address's domain. */
const UPI_WRITTEN = new RegExp(String.raw`(?<![\p{L}\p{N}._@-])[a-z0-9][a-z0-9._-]{1,48}@(?:${HANDLES})(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])`, 'giu')
/** A UPI ID said after "UPI": up to six words, letters or digits, "at" and a handle ("my upi id is arvind k 9845 at ybl"). */
const UPI_SPOKEN = new RegExp(String.raw`\bupi(?:[ \t]+(?:id|address|handle|vpa))?(?:[ \t]+(?:is|was)|[ \t]*:)?[ \t]+((?:[a-z0-9][a-z0-9._-]*[ \t]{1,2}){1,6}?at[ \t]+(?:${HANDLES}))(?![\p{L}\p{N}_@-])`, 'giu')

/** The largest banks' four-letter codes: an IFSC of one needs no word naming it ("SBIN0000611"). */
const BANK_CODES: ReadonlySet<string> = new Set([
  'SBIN', 'HDFC', 'ICIC', 'UTIB', 'PUNB', 'BARB', 'CNRB', 'UBIN', 'BKID', 'IOBA', 'IDIB', 'KKBK', 'YESB', 'INDB', 'FDRL',
  'MAHB', 'CBIN', 'UCBA', 'IDFB', 'KARB', 'SIBL', 'CIUB', 'KVBL', 'TMBL', 'AUBL', 'RATN', 'PSIB', 'JAKA', 'DLXB', 'ESFB',
  'BDBL', 'DCBL', 'CSBK', 'IBKL', 'KVGB', 'UJVN', 'FINO', 'AIRP', 'PYTM', 'JSFB', 'USFB', 'SURY', 'HSBC', 'SCBL', 'CITI', 'DBSS',
])
/** An IFSC written whole: the bank's four letters, a zero, the branch's six letters or digits. */
const IFSC_WRITTEN = /(?<![\p{L}\p{N}])([A-Z]{4})0[A-Z0-9]{6}(?![\p{L}\p{N}])/gu
/** "IFSC" named before, within a few words ("IFSC: ...", "the ifsc code is ..."). */
const IFSC_NAMED_BEFORE = /\bifsc\b[^\n\d]{0,24}$/i
/** An IFSC read out after its name, its letters spelled ("ifsc code is i c i c  0006210"). */
const IFSC_SPOKEN = /\bifsc\b(?:[ \t]+code)?(?:[ \t]+(?:is|was|number|no\.?)|[ \t]*:)?[ \t]+((?:[a-z][ \t]{1,2}){3}[a-z][ \t]{1,2}0[ \t]{0,2}(?:[0-9a-z][ \t]{0,2}){5}[0-9a-z])(?![\p{L}\p{N}])/giu
/** A text without one of these holds neither. */
const TRIGGER = new RegExp(String.raw`@|\bupi\b|\bifsc\b|[A-Z]{4}0[A-Z0-9]{6}`, 'i')

export const indianPaymentCodesDetector: Detector = {
  name: 'indian-payment-codes',
  detect({ view }: DetectorInput): Candidate[] {
    const text = view.text
    const out: Candidate[] = []
    if (!TRIGGER.test(text)) return out
    const push = (start: number, end: number, detector: string): void => {
      out.push({ type: 'banking_information', ...mapSpan(view, start, end), confidence: 0.85, detector, validated: false })
    }
    if (text.includes('@')) for (const m of text.matchAll(UPI_WRITTEN)) push(m.index, m.index + m[0].length, 'upi-id')
    for (const m of text.matchAll(UPI_SPOKEN)) {
      const value = m[1] as string
      const start = m.index + m[0].length - value.length
      push(start, start + value.length, 'upi-id')
    }
    for (const m of text.matchAll(IFSC_WRITTEN)) {
      if (BANK_CODES.has(m[1] as string) || IFSC_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) push(m.index, m.index + m[0].length, 'ifsc')
    }
    for (const m of text.matchAll(IFSC_SPOKEN)) {
      const value = m[1] as string
      const start = m.index + m[0].length - value.length
      push(start, start + value.length, 'ifsc')
    }
    return out
  },
}
