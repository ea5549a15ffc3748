/**
 * A card's or a phone's last four digits, said to tell which one it is: "the Visa ending 5206", "the card
 * ending in two six three six", "is this still the best number, the one ending in 0241?". Four digits
 * identify nobody alone, but with the caller's name they pick out a card or a line, and they are what a
 * fraudster asks an agent to confirm. (An account's and a social's last digits have their own classifiers.)
 *
 * @module
 */
import { CARD_WORDS, ENDING_VERBS, HESITATIONS, PHONE_LINE_WORDS } from '../internal/context-lexicon.js'
import { type Classifier, ok, THAT_IS } from './classifier-context.js'

/** What joins the ending's verb to the digits: "in", "with", and "auf", "par", "en", "op", "na", "mit". */
const ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'with', 'auf', 'par', 'en', 'op', 'na', 'mit'])
/** Words that name a phone line on their own. */
/** (raw speech-to-text writes "mobile's" as "mobiles": "my mobiles the one ending ...") */
const PHONE_NAMING: ReadonlySet<string> = new Set([...PHONE_LINE_WORDS, 'mob', 'line', 'mobiles', 'phones', 'cells'])
/** Before "number", words that make it a phone's ("the best number", "your contact number"). */
const PHONE_NUMBER_LEADS: ReadonlySet<string> = new Set(['best', 'contact', 'callback', 'daytime', 'evening', 'home', 'work', 'primary', 'same', 'good', 'main', 'alternate', 'alternative', 'other', 'new', 'old', 'my', 'your', 'his', 'her', 'their'])
/** Verbs of what goes to a phone ("SMS sent to number ending 0923", "the OTP goes to the old number ending ..."). */
const SENT: ReadonlySet<string> = new Set(['sms', 'text', 'texts', 'texted', 'sent', 'send', 'sends', 'goes', 'went', 'otp', 'call', 'called', 'callback', 'whatsapp'])
/**
 * Before "number" (nearest first, from `k`): a few determiners and "to", then a verb of `SENT` ("sent to the
 * number ...") or what was sent and its verb ("texted the transfer PIN to the number ...").
 */
function sentTo(before: readonly string[], k: number): boolean {
  let j = k
  while (j < k + 3 && SENT_BETWEEN.has(before[j] ?? '')) j++
  if (j === k || before[j - 1] !== 'to') return false
  for (let q = j; q < j + 5; q++) {
    const w = before[q] ?? ''
    if (SENT.has(w)) return true
    if (ACCOUNT_OR_CARD.has(w)) return false
  }
  return false
}
const SENT_BETWEEN: ReadonlySet<string> = new Set(['to', 'the', 'my', 'your', 'old', 'new', 'same', 'registered'])
/** Words that may stand between "ending" and what ends so ("the card on file, the one ending in ..."). */
/** Fillers said around "ending" ("the visa ending you know in 3051", "a mastercard like ending 7066"): hesitations, "like", "you know". */
const FILLERS: ReadonlySet<string> = new Set([...HESITATIONS, 'like', 'you', 'know'])
const BETWEEN: ReadonlySet<string> = new Set(['the', 'one', 'a', 'my', 'your', 'our', 'that', 'which', 'this', 'on', 'file', 'saved', 'old', 'new', 'other', 'number', 'no', ...FILLERS,
  // who holds it on file ("the card you've got on file ends in 4417", "the card we have here ending 2210")
  'you', "you've", 'youve', 'we', "we've", 'weve', 'i', "i've", 'ive', 'got', 'have', 'has', 'here', 'listed', 'registered', 'linked',
  // what it should or would end in ("Can you confirm the phone number on it? Caller: It should end in 4418.")
  'it', 'should', 'would', 'will', 'must', 'might', 'does', 'did', 'still',
  // ("une Visa qui finit par", "die Karte, die endet auf", "la tarjeta que termina en")
  'qui', 'que', 'die', 'la', 'le', 'el', 'der', 'une', 'un', 'una', 'eine', 'meine', 'ma', 'mi', 'mon'])
/** (... and issuers callers name a card by: "the citi ending 3917", "the Barclaycard ending 2204", "my Synchrony ending 6211") */
const CARD_NAMING: ReadonlySet<string> = new Set([...[...CARD_WORDS].filter((w) => w !== 'pan' && w !== 'credit' && w !== 'cc'), 'citi', 'citibank', 'barclaycard', 'synchrony'])
/** What a number's last four may be sent to other than a phone (a card's PIN is sent to a phone). */
const ACCOUNT_OR_CARD: ReadonlySet<string> = new Set([...CARD_NAMING].filter((w) => w !== 'pin').concat(['account', 'acct', 'payment', 'refund', 'wire', 'deposit']))

/**
 * A phone's last three digits: after the line's word and an ending's verb ("the mobile ending 882", "mob ending 219"),
 * or answering a question for a phone's last digits ("the last three digits of your mobile number? ... 382").
 */
function phoneLastThree(ctx: Parameters<Classifier>[1]): ReturnType<Classifier> {
  if (ctx.numberAsked() === 'phone-last-four') return ok('phone_number', 0.75, 'phone-last-three-asked', false)
  const before = ctx.before
  let at = ENDING_PREPOSITIONS.has(before[0] ?? '') ? 1 : 0
  if (!ENDING_VERBS.has(before[at] ?? '') && before[at] !== 'end') return null
  at++
  if (before[at] === 'that' || before[at] === 'which') at++
  // ("the mobile ending 882"; "the text went to the number ending oh oh six", "my mobiles the one ending ...": as a line's last four are told)
  for (let k = at; k <= at + 4 && k < before.length; k++) {
    const b = before[k] as string
    if (PHONE_NAMING.has(b) || (b === 'number' && (PHONE_NUMBER_LEADS.has(before[k + 1] ?? '') || sentTo(before, k + 1)))) return ok('phone_number', 0.75, 'phone-ending', false)
    if (!BETWEEN.has(b)) break
  }
  return null
}

/**
 * "the one ending", "the virtual one ends in", "that 1 ending" (the view's digit): "one" standing for a thing named
 * before, maybe told apart by a word ("virtual", "old"), right before the ending's verb.
 */
const ONE_ENDING = /\b(?:the|that|this|my|her|his|your)[ \t]+(?:(virtual|physical|old|new|other|first|second|same|metal|plastic|debit|business|personal|joint|blue|black|gold)[ \t]+)?(?:one|1),?[ \t]+(?:that[ \t]+)?(?:ending|ends|ended)(?:[ \t]+(?:in|with))?[ \t,:]*$/i
/** Things with numbers of their own that may end in five digits ("my zip ends in 95484"). */
const OTHER_THAN_CARD: ReadonlySet<string> = new Set(['zip', 'postcode', 'code', 'pin', 'account', 'acct', 'order', 'id', 'reference', 'ref', 'policy', 'member', 'tracking', 'confirmation', 'ticket', 'case', 'claim', ...PHONE_NAMING])

/**
 * "last 4 of card on file (4667)", "the last four of the card is 4800", "last four on the Visa: 1008": the
 * last four named first, then the card (view text: the count is a digit there).
 */
const LAST_FOUR_OF_CARD = new RegExp(
  String.raw`\blast (?:4|four) (?:digits )?(?:of|on|for) (?:the |your |my |that )?(?:${[...CARD_WORDS].filter((w) => w !== 'pan' && w !== 'cc').join('|')})(?: card)?(?: on file| used)?(?: (?:is|was|are|were))?[ ,:(-]*(?:(?:uh|um|it's|its|is) )?$`,
  'i',
)

/** A form's label: a card, then its last four in brackets or after it ("Card (last 4): 2916", "Visa last 4 - 1881"). */
const CARD_LAST_FOUR_LABEL = new RegExp(
  String.raw`\b(?:${[...CARD_WORDS].filter((w) => w !== 'pan' && w !== 'cc' && w !== 'credit').join('|')})(?: card)?[ \t]*(?:\([ \t]*last[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]*\)|last[ \t]+(?:4|four)(?:[ \t]+digits)?)[ \t]*[:#=-]?[ \t]*$`,
  'i',
)

/** What closes a card's four digits written after it: a bracket, a full stop, a comma or the text's end. */
const CLAUSE_END_AFTER = /^(?:[).,;]|\s*$)/

/** After the digits, the words naming them a card's last four ("4417, that's the last four of the Visa"), not before another number. */
const CARD_LAST_FOUR_AFTER = new RegExp(
  String.raw`^[ ,.;:-]*(?:(?:that's|that is|it's|which is|is|are|as|being)\s+)?(?:the |my |your |his |her |their )?last (?:4|four)(?: digits)? (?:of|on|for) (?:the |your |my |his |her |their |that )?(?:${[...CARD_WORDS].filter((w) => w !== 'pan' && w !== 'cc').join('|')})\b(?: card)?(?![ ,:]*(?:is|was|=)?[ ,:]*\d)`,
  'i',
)


export const classifyLastDigits: Classifier = (w, ctx) => {
  // (one group, or said digit by digit: "12/26" is a date)
  // (an American Express card's last five: "Amex ending 31229", "the card ends in 31229" with the Amex named before)
  // ("the american express that's not mine ends in four oh nine nine seven": the issuer's name in two words)
  const amexNamed = ctx.before.slice(0, 40).includes('amex') || ctx.before.slice(0, 40).some((b, k) => b === 'express' && ctx.before[k + 1] === 'american')
  const amexFive = w.digitCount === 5 && w.groupCount === 1 && amexNamed
  // ("the mobile ending 882", "mob ending 219", "the last three digits of your mobile?": a line's last three)
  if (w.digitCount === 3) return w.whole && (w.groupCount === 1 || ctx.spoken(w)) && !ctx.amount(w) ? phoneLastThree(ctx) : null
  if ((w.digitCount !== 4 && !amexFive) || !w.whole || (w.groupCount !== 1 && !ctx.spoken(w)) || ctx.amount(w)) return null
  if (LAST_FOUR_OF_CARD.test(ctx.textBefore(w, 60)) || CARD_LAST_FOUR_LABEL.test(ctx.textBefore(w, 40))) return ok('credit_card_number', 0.8, 'card-last-four', false)
  if (CARD_LAST_FOUR_AFTER.test(ctx.textAfter(w, 60))) return ok('credit_card_number', 0.8, 'card-last-four-after', false)
  // "Last four of the card on file? Caller: 7036."
  if (ctx.numberAsked() === 'card-last-four') return ok('credit_card_number', 0.8, 'card-last-four-asked', false)
  // "Last four digits of your phone number?\nSpeaker B: 1904."
  if (w.digitCount === 4 && ctx.numberAsked() === 'phone-last-four') return ok('phone_number', 0.8, 'phone-last-four-asked', false)
  const before = ctx.before
  // "card_last4" over a table's column, "card last 4 7555": the card's last four named right before
  if ((before[0] === '4' || before[0] === 'four') && before[1] === 'last' && CARD_NAMING.has(before[2] ?? '')) return ok('credit_card_number', 0.8, 'card-last-four', false)
  // "Card 7538.", "My card (5690) is a USD card": four digits written right after the card, closing its clause (not a
  // year, "Visa 2024", nor a count or a sum: "card 5000 points")
  if (w.digitCount === 4 && CARD_NAMING.has(before[0] ?? '') && before[0] !== 'pin' && !/^(?:19|20)\d\d$/.test(w.digits) && !ctx.spoken(w) && CLAUSE_END_AFTER.test(ctx.textAfter(w, 2)) && /\p{L} $| \($/u.test(ctx.textBefore(w, 2))) return ok('credit_card_number', 0.75, 'card-digits-after', false)
  // ("the visa ending you know in 3051", "the card ending in uh 3842": fillers on either side of "in")
  let at = 0
  while (at < 3 && FILLERS.has(before[at] ?? '')) at++
  if (ENDING_PREPOSITIONS.has(before[at] ?? '')) at++
  while (at < 6 && FILLERS.has(before[at] ?? '')) at++
  // ("does your mobile end in 4402": "end" after the line's word and "in")
  const endIn = before[at] === 'end' && at > 0 && before[at - 1] === 'in'
  if (!ENDING_VERBS.has(before[at] ?? '') && !endIn) return null
  if (before[at + 1] === 'that') at++
  for (let k = at + 1; k <= at + 5 && k < before.length; k++) {
    const b = before[k] as string
    if (CARD_NAMING.has(b)) return ok('credit_card_number', 0.8, 'card-ending', false)
    // ("the IBAN ending 3350": its last four say which account it is)
    if (b === 'iban') return amexFive ? null : ok('banking_information', 0.8, 'iban-ending', false)
    if (PHONE_NAMING.has(b) || (b === 'number' && (PHONE_NUMBER_LEADS.has(before[k + 1] ?? '') || sentTo(before, k + 1)))) return amexFive ? null : ok('phone_number', 0.8, 'phone-ending', false)
    if (!BETWEEN.has(b)) break
  }
  // ("the Amex you're adding ends in 95484?": an Amex named a few words before what ends so, no other thing named between)
  if (amexFive) {
    const amexAt = before.includes('amex') ? before.indexOf('amex') : before.indexOf('express')
    return amexAt > at && amexAt <= at + 6 && !before.slice(at + 1, amexAt).some((b) => OTHER_THAN_CARD.has(b)) ? ok('credit_card_number', 0.8, 'card-ending', false) : null
  }
  // "She says it's blocked, the one ending 5267", "The virtual one ends 8345": "one" standing for the card named
  // last, no line, account or other numbered thing named since
  // (the view writes that "one" as a digit, which the context words leave out: the text says where it stands)
  const oneSaid = ONE_ENDING.exec(ctx.textBefore(w, 40))
  if (oneSaid !== null && w.digitCount === 4) {
    const earlier = ctx.wordsBefore(w, 48)
    for (let k = at + 1 + (oneSaid[1] === undefined ? 0 : 1); k < earlier.length; k++) {
      const b = earlier[k] as string
      if (CARD_NAMING.has(b) || b === 'cards') return ok('credit_card_number', 0.8, 'card-ending-one', false)
      // ("is the best number still the one ending 7731": the one is a phone's number)
      if ((b === 'number' && PHONE_NUMBER_LEADS.has(earlier[k + 1] ?? '')) || PHONE_NAMING.has(b)) return ok('phone_number', 0.8, 'phone-ending-one', false)
      if (PHONE_NAMING.has(b) || OTHER_THAN_CARD.has(b) || b === 'accounts' || b === 'iban' || b === 'number') return null
    }
  }
  // ("The number ends in four four seven one, that's my cell": a phone named right after the digits)
  if (!amexFive && THAT_IS.has(ctx.after[0] ?? '') && ctx.after.slice(1, 4).some((x) => PHONE_NAMING.has(x))) return ok('phone_number', 0.8, 'phone-ending', false)
  return null
}
