/**
 * Bank and customer account numbers in digit windows, by the words that name or own them.
 *
 * @module
 */
import { abaValid, cbuValid, clabeValid, luhnValid } from '../internal/checksums.js'
import {
  ACCOUNT_WORDS, accountWordIn, BANK_WORDS, cardNamedBefore, PAYMENT_CARD_WORDS, CODE_NAMED_AFTER, locativeLength, namedOtherwise, NOT_PHONE_WORDS, OTHER_NUMBER_WORDS,
  HESITATIONS, LOOKING_WORDS, ownIdBefore, PHONE_LINE_WORDS, PHONE_WORDS, ROUTING_WORDS, STAFF_NUMBER_WORDS,
} from '../internal/context-lexicon.js'
import { hasAny } from '../internal/context-words.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import type { PiiType } from '../pii-types.js'
import {
  ACCOUNT_AFTER_LEAD, ANSWER_FILLERS, type Classifier, COPULAS, nameStartAfter, ok, owningAccount, spelledLettersBefore,
  type WindowContext, writtenDate,
} from './classifier-context.js'
import { HEALTH_SCHEMES } from './health-number-classifier.js'

/** Names of a phone line: nearer than an account word, they name the number after them as the line's. */
const LINE_NAMING: ReadonlySet<string> = new Set([...PHONE_LINE_WORDS, 'helpline', 'hotline', 'fax', 'tel'])

/** Words around Canada's bank codes ("direct deposit: transit 67356, institution 010, account ..."). */
const CANADIAN_BANK_CONTEXT: ReadonlySet<string> = new Set(['transit', 'deposit', 'bank', 'banking', 'cheque', 'payroll'])

/**
 * "my client number is", "your member no.": someone's own account, its word and its number's name right
 * before the value ("Staff no. 30981" alone may be a desk's or a form's).
 */
function accountNamedRightBefore(before: readonly string[]): boolean {
  let k = 0
  while (k < 2 && (before[k] === 'is' || before[k] === "it's" || before[k] === 'was')) k++
  return NUMBER_NAMES.has(before[k] ?? '') && ACCOUNT_WORDS.has(before[k + 1] ?? '') && !OTHER_NUMBER_WORDS.has(before[k + 1] ?? '') && (ACCOUNT_OWNERS.has(before[k + 2] ?? '') || !BANK_CODE_WORDS.has(before[k + 1] ?? ''))
}
const ACCOUNT_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their'])
/**
 * The words before the window, without the scheme's one letter that stands right before its digits (it is the number's:
 * "employee number E-20934", "member number M-44129", "employee id is e 20417", "Emp No. 5J-20884"; not the letter of a code glued to digits
 * before, "member ID W2847 71902", whose digits the words leave out).
 */
function beforeSchemeLetter(w: DigitWindow, ctx: WindowContext): readonly string[] {
  const before = ctx.before
  return before[0]?.length === 1 && SCHEME_LETTER_BEFORE.test(ctx.textBefore(w, 6)) ? before.slice(1) : before
}
const SCHEME_LETTER_BEFORE = /(?<![\p{L}'’])[A-Za-z](?:-|[ \t]{1,3})?$/u
/**
 * Five digits right after an employee's number named, with or without its owner ("EMP ID 55120", "Staff ID:
 * 10877", "emp. no. 10382", "the employee number is 55120", "for employee 76320", "employee number E-20934"): staff numbers are often
 * that short, and the words say whose number it is.
 */
function staffNumberRightBefore(before: readonly string[]): boolean {
  let k = 0
  while (k < 3 && (before[k] === 'is' || before[k] === "it's" || before[k] === 'was')) k++
  if (NUMBER_NAMES.has(before[k] ?? '')) k++
  // ("ansattnr. 77120", "Personalnummer 40217": the word that is the number's name in one)
  return STAFF_WORDS.has(before[k] ?? '') || STAFF_NUMBER_WORDS.has(before[k] ?? '')
}
const STAFF_WORDS: ReadonlySet<string> = new Set(['employee', 'emp', 'staff', 'empleado', 'payroll'])
/**
 * Three to six digits that are an officer's own number: named right before as a badge's, a collar's or a shoulder's
 * ("badge 8812", "collar number 4471", "shoulder number four four one seven"), or written after a rank and the officer's
 * name as forces sign ("PC Okafor 2871", "PO Rasmussen #6631", "Dispatcher Hale (#5541)").
 */
function officerNumberBefore(before: readonly string[], text: string): boolean {
  let k = 0
  // (the number's code of capitals: "badge YDL-5527", "driver DX4471")
  const code = CODE_LETTERS_BEFORE.exec(text)?.[1]?.toLowerCase()
  if ((code !== undefined && before[0] === code) || (before[0]?.length === 1 && /[a-z]/.test(before[0]))) k++
  // ("driver DX4471": a courier's or a driver's own code, said right after the word)
  if (code !== undefined && DRIVER_CODE_WORDS.has(before[k] ?? '')) return true
  while (k < 3 && (before[k] === 'is' || before[k] === "it's" || before[k] === 'was')) k++
  if (NUMBER_NAMES.has(before[k] ?? '')) k++
  return OFFICER_NUMBER_WORDS.has(before[k] ?? '') || RANK_AND_NAME_BEFORE.test(text)
}
/** Capitals glued to the number or joined by a hyphen, right before it ("YDL-5527", "DX4471"). */
const CODE_LETTERS_BEFORE = /(?<![\p{L}\p{N}])([A-Z]{1,4})-?$/u
/** Whose code a coded number right after the word is: a delivery driver's or a courier's. */
const DRIVER_CODE_WORDS: ReadonlySet<string> = new Set(['driver', 'courier'])
/**
 * A rank written with its capital, then the officer's capitalised name (an initial, one or two words), right before the
 * number ("PC Daniel Hughes 2871", "PO K. Marchetti #6631", "Dispatcher Hale (#5541"); not a "PO Box".
 */
const RANK_AND_NAME_BEFORE =
  /(?<![\p{L}\p{N}])(?:PC|PCSO|WPC|DC|DS|DI|Sgt|SGT|Sergeant|Constable|Officer|PO|Deputy|Trooper|Detective|Dispatcher|Insp|Inspector|Cpl|Corporal)\.? (?:\p{Lu}\. ?)?(?!Box\b|Bag\b)(?:\p{Lu}[\p{Ll}'’-]+ ){0,1}\p{Lu}[\p{Ll}'’-]+,? ?\(?#?$/u
/** Words after a time of day written in four figures ("1900 hours", "0715 hrs"). */
const TIME_AFTER: ReadonlySet<string> = new Set(['hours', 'hrs', 'hr', 'h', 'am', 'pm', 'a.m', 'p.m', 'uhr', 'heures'])
const OFFICER_NUMBER_WORDS: ReadonlySet<string> = new Set(['badge', 'collar', 'shoulder', 'epaulette'])
/** A table column's words (nearest first: "employee_no" is ["no", "employee"]) naming an employee's number. */
function staffColumn(column: readonly string[]): boolean {
  if (column.length === 1) return STAFF_NUMBER_WORDS.has(column[0] as string)
  return column.length === 2 && (NUMBER_NAMES.has(column[0] as string) || column[0] === 'code' || column[0] === 'nr') && STAFF_WORDS.has(column[1] as string)
}
/**
 * Five digits right after a member's number named ("Member number 88301", "member # 51277", "Jane Doe,
 * member 51277"): credit unions and clubs number their members from five digits.
 */
function memberNumberRightBefore(before: readonly string[]): boolean {
  let k = 0
  while (k < 2 && (before[k] === 'is' || before[k] === "it's" || before[k] === 'was')) k++
  if (NUMBER_NAMES.has(before[k] ?? '')) k++
  return before[k] === 'member' && before[k + 1] !== 'of'
}
const NUMBER_NAMES: ReadonlySet<string> = new Set(['number', 'no', 'num', 'id', '#'])
/** Between an account and its number, a clause of paying into it ("i want to pay into is", "we're sending it to is"). */
const PAYING_CLAUSE = /^(?:that |which )?(?:i|we|you|he|she|they|i'm|we're|you're)(?: (?:want|need|would|wanna|have|like|am|are|will|was|were))*(?: to)?(?: (?:pay|paying|send|sending|transfer|transferring|deposit|depositing|wire|wiring|move|moving|put|putting|paid|sent|transferred|deposited))(?: (?:it|them|money|the money|funds))?(?: (?:into|to|in))?(?: is| was| it's)?$/
/** A card's words. */
const CARD_NOUNS: ReadonlySet<string> = new Set(['card', 'cards'])

/**
 * The number is a card's that no payment network issued: named right before by a scheme of `OTHER_CARD_SCHEMES` ("CSCS card
 * no: ...", "her IPAF is ...", "NPORS card: ..."), or, at most twelve digits (a payment card has thirteen or more), by a card
 * right before it or a question for a card's number ("card 3398172", "Can I take your card number?" answered), with no
 * word of paying, no other number's word and no line on its line.
 */
function otherCardNamed(w: DigitWindow, ctx: WindowContext): boolean {
  const n = w.digitCount
  const named = cardNamedBefore(ctx.before.slice(0, Math.min(6, ctx.statementWords())))
  if (named === 'scheme') return true
  if (n > 12 || (luhnValid(w.digits) && n >= 12)) return false
  // (not a sum or a decimal, "card …8808.50"; not a payment card's first groups read out, "The card is 4111 1111", "five three
  // one one, four seven one oh, ..."; not a number that opens its own sentence, "I've got the card. 12236939.")
  if (w.seps.some((x) => x.includes('.') || x.includes(',')) && !ctx.spoken(w)) return false
  if (/^[3-6]/.test(w.digits) && ((w.groupCount >= 2 && w.shape.startsWith('4-')) || (ctx.spoken(w) && n >= 8))) return false
  if (/[.!?]\s*$/.test(ctx.textBefore(w, 4)) && !/\bno\.\s*$/i.test(ctx.textBefore(w, 6))) return false
  // (nor another number's or a line's word in its statement: "the tracking number for my card is ...", "the reference on the card
  // is ...", "call the line on the back of the card ...")
  const line = ctx.textBefore(w, 100)
  const lineWords = (line.slice(line.lastIndexOf('\n') + 1).toLowerCase().match(/[\p{L}'’]+/gu) ?? []).slice(-12)
  if (lineWords.some((b) => PAYMENT_CARD_WORDS.has(b) || (OTHER_NUMBER_WORDS.has(b) && b !== 'serial') || LINE_NAMING.has(b) || (PHONE_WORDS.has(b) && !NUMBER_NAMES.has(b)) || b === 'ref')) return false
  return named === 'card' || ctx.numberAsked() === 'card-number'
}
/** A library named before, no number since. */
const LIBRARY_EARLIER = /\blibrar(?:y|ies|y's)\b[^\d]*$/i
/**
 * One capital and a hyphen before five digits, an account's word and its "ID" or "number" right before them
 * ("Resident ID R-10442", "member no. C-20417"): the code's letter, which alone says nothing of its kind.
 */
const LETTER_CODE_NAMED = /(?<![\p{L}\p{N}])(?:id|no\.?|number|#)[ \t]*[:#]?[ \t]*[A-Z]-$/iu

/**
 * Four digits after a code of capitals and a hyphen, someone's account, member's or staff member's number named right
 * before ("Employee ID: VH-0982", "Lab account no. VIS-2210", "my employee number is HFX-2210", "client # C-3390"):
 * clubs, labs and small employers number people from four digits, and the code and the words say whose number it is.
 */
function shortCodedNumberNamed(w: DigitWindow, ctx: WindowContext): boolean {
  if (!w.whole || w.groupCount !== 1 || ctx.amount(w)) return false
  const text = ctx.textBefore(w, 8)
  const code = /(?<![\p{L}\p{N}])([A-Z]{1,4})-$/u.exec(text)
  if (code === null) return false
  const before = ctx.before[0] === code[1]?.toLowerCase() ? ctx.before.slice(1) : ctx.before
  return namedRightBefore(before)
}

/** An account's, a staff member's or a member's number named right before the digits. */
function namedRightBefore(before: readonly string[]): boolean {
  return accountNamedRightBefore(before) || staffNumberRightBefore(before) || memberNumberRightBefore(before)
}

export const classifyAccount: Classifier = (w, ctx) => {
  const n = w.digitCount
  // Canada's branch and bank codes, which an account number goes with: "transit 67356", "institution 010"
  // (also after "is": "my transit is 00482, institution 004")
  // ("the transit number is 00012": past "number" too)
  let at = ctx.before[0] === 'is' || ctx.before[0] === "it's" ? 1 : 0
  if (ctx.before[at] === 'number' || ctx.before[at] === 'no') at++
  const named = ctx.before[at]
  // "the numbers on the bottom of my check are 231162720 and ...": nine digits whose ABA checksum holds, read off a check
  if (n === 9 && w.whole && w.groupCount === 1 && abaValid(w.digits) && CHECK_BOTTOM.test(ctx.textBefore(w, 160))) return ok('banking_information', 0.9, 'aba-on-check', true)
  // "the routing number I gave earlier was wrong. Correct one is 268393054": nine digits whose ABA checksum holds,
  // the routing number named a sentence or two before, nothing numbered and no other number's kind named since
  if (n === 9 && w.whole && w.groupCount === 1 && abaValid(w.digits) && ROUTING_NAMED_EARLIER.test(ctx.textBefore(w, 120))) return ok('banking_information', 0.9, 'aba-named-earlier', true)
  // "my CLABE changed, the new one is 021603092600267514": a Mexican CLABE whose check digit holds, named a clause or
  // two before with no number between
  if (n === 18 && w.whole && clabeValid(w.digits) && CLABE_NAMED_EARLIER.test(ctx.textBefore(w, 100))) return ok('banking_information', 0.9, 'clabe-named-earlier', true)
  // "CBU: 0170163604582763137886", "Can you give me the CBU? Caller: Yes, 0148...": Argentina's CBU or CVU, named
  // before it with no number between (validated when both its check digits hold; mistyped, still the account)
  // (or heading its table's column: "nombre,dni,cuil,email,telefono,cbu")
  if (n === 22 && w.whole && w.groupCount <= 2 && (CBU_NAMED_EARLIER.test(ctx.textBefore(w, 100)) || ctx.before.slice(0, ctx.columnWordCount()).some((b) => b === 'cbu' || b === 'cvu'))) return cbuValid(w.digits) ? ok('banking_information', 0.95, 'cbu', true) : ok('banking_information', 0.75, 'cbu', false)
  // "I think someone else has been using my card. The card number is 27131039485512", "Can you read me the card number?
  // D 2000 5819 33" where the library's card is spoken of: a library card's number is its borrower's account
  if (w.whole && n >= 6 && n <= 16 && hasAny(ctx.before.slice(0, 4), CARD_NOUNS) && !luhnValid(w.digits) && LIBRARY_EARLIER.test(ctx.textBefore(w, 240))) return ok('account_number', 0.8, 'library-card', false)
  // "Can I take your card number? It's 06218843", "CSCS card no: 04417293", "Oyster card number: 0541 2287 1190", "her IPAF
  // is 8841092": a card no payment network issued, its holder's number with the scheme that issued it
  if (w.whole && n >= 6 && n <= 16 && !ctx.amount(w) && !writtenDate(w) && otherCardNamed(w, ctx)) return ok('account_number', 0.75, 'named-card', false)
  // "the March statement for 2127134", "statements for 00418832": the account a statement is for
  if (w.whole && n >= 6 && n <= 14 && w.groupCount <= 3 && !writtenDate(w) && !w.seps.includes('/') && ctx.before[0] === 'for' && STATEMENT_WORDS.has(ctx.before[1] ?? '') && !ctx.amount(w)) return ok('account_number', 0.8, 'account-statement-for', false)
  // (the institution first too: "institution 010, transit 00122, account ..."; "inst 219" as a text abbreviates it)
  const institution = named === 'institution' || named === 'inst'
  if (w.whole && ((n === 5 && named === 'transit') || (n === 3 && institution && (hasAny(ctx.wordsBefore(w, 12), CANADIAN_BANK_CONTEXT) || hasAny(ctx.after, CANADIAN_BANK_CONTEXT)))) && !ctx.amount(w)) {
    return ok('banking_information', 0.85, 'bank-code-ca', false)
  }
  // "badge 8812", "PC Okafor 2871": an officer's own number
  if (n >= 3 && n <= 6 && w.whole && w.groupCount === 1 && !ctx.amount(w) && !TIME_AFTER.has(ctx.after[0] ?? '') && officerNumberBefore(ctx.before, ctx.textBefore(w, 48))) return ok('account_number', 0.85, 'officer-number', false)
  // "is that the account ending in 6994?", "the account ending one eight oh six": an account's last digits,
  // said to tell which account it is
  // ... and a short number after its letters spelled out ("policy number p o l seven seven three two one")
  // is as long as an account number's
  // ... and so is five digits after a code of capitals ("client number TX-55102", "staff no. IN-22841")
  // ... and five digits right after someone's account named ("I think my client number is 40917"), or an employee's
  // ("EMP ID 55120")
  if (n < 6 && !(n >= 4 && w.whole && spelledLettersBefore(ctx.before) && letterCountBefore(ctx.before) + n >= 7) && !(n === 5 && w.whole && (ctx.codePrefixed(w) || LETTER_CODE_NAMED.test(ctx.textBefore(w, 40))) && accountWordAt(ctx.before) < ctx.statementWords()) && !(n === 5 && w.whole && w.groupCount === 1 && !ctx.amount(w) && namedRightBefore(beforeSchemeLetter(w, ctx))) && !(n === 4 && shortCodedNumberNamed(w, ctx))) {
    // ... or four digits answering "And the last four of the account?"
    if (n === 4 && w.whole && !ctx.amount(w) && ctx.numberAsked() === 'account-last-four') return ok('account_number', 0.8, 'account-last-four-asked', false)
    // ... or three to five digits in a table's column named for an employee's number ("ansattnr;navn;...\n1043;...")
    if (n >= 3 && w.whole && w.groupCount === 1 && ctx.columnWordCount() > 0 && staffColumn(ctx.before.slice(0, ctx.columnWordCount()))) return ok('account_number', 0.8, 'staff-number-column', false)
    if (!w.whole || n < 3 || ctx.amount(w)) return null
    const ending = accountEnding(ctx.before)
    return ending === null ? null : ok(ending === 'health' ? 'healthcare_number' : 'account_number', 0.8, ending === 'health' ? 'healthcare-ending' : 'account-ending', false)
  }
  // (past 17 digits only a CLABE's 18 or an account named right before: `longAccountNamed`)
  const tooLong = n > 17 && !longAccountNamed(ctx.before, w) && (n > 18 || !hasAny(ctx.before, LONG_ACCOUNT_WORDS))
  if (!w.whole || tooLong || (w.groupCount > 4 && !ctx.spoken(w) && !(w.groupCount === 5 && w.uniformSepClass !== null)) || writtenDate(w)) return null
  // "customer reply (2024-08-20 13:09)": a date and an hour
  if (ctx.hourAfter(w)) return null
  // "Points balance: 115,374", "55,000 points": a quantity written with its thousands separated, counted so, is no account
  if (w.groupCount >= 2 && w.seps.every((x) => x === ',') && /^\d{1,3}(?:,\d{3})+$/.test(ctx.originalText(w)) && (COUNTED.has(ctx.after[0] ?? '') || COUNTED.has(ctx.before[0] ?? ''))) return null
  // "Sorry, 3284. 3284, not 3248.": one number said twice is no number twice as long
  if (w.groupCount === 2 && /[.,]/.test(w.seps[0] ?? '') && ctx.groupText(w, w.first) === ctx.groupText(w, w.first + 1)) return null
  // "renews on 09/01/2025. 6-month premium": a date, a full stop, and the next sentence's number are no account
  if (w.seps.includes('. ') && w.seps.includes('/')) return null
  // "tests passed 118/118", "scored 45/50": a score out of a total
  if (w.groupCount === 2 && w.seps[0] === '/' && /^[1-3]-[1-3]$/.test(w.shape) && !ctx.codePrefixed(w) && !ctx.glued(w) && Number(ctx.groupText(w, w.first)) <= Number(ctx.groupText(w, w.first + 1))) return null
  // "client": "v7.16.8.105": four or more groups apart by dots are a version or an address ("12.34.5678" may be an account)
  if (w.uniformSepClass === '.' && (w.groupCount >= 4 || ctx.dottedOn(w))) return null
  // ("routing 021000021, account 123456789. Reference INV-2025-16670": after the number the account's word named,
  // another kind of number named on its own)
  const own = ctx.ownBefore(w)
  if (own.length < ctx.before.length && accountWordAt(own) < 0 && own.some((b) => OTHER_NUMBER_WORDS.has(b))) return null
  let before = ctx.before
  // the spelled letters of the number itself ("policy number h o m 30073407") do not push the word away
  let letters = 0
  while ((before[letters] ?? '').length === 1) letters++
  // ... nor does its code of capitals ("customer reference with you is CR-7730196")
  if (letters === 0 && ctx.codePrefixed(w)) letters = 1
  let pos = accountWordAt(before, own.length, ctx.statementWords())
  // ... nor out of reach: then look further ("the member id we have on file is m b r 5275...")
  if (pos < 0 && letters >= 2) {
    const wider = ctx.wordsBefore(w, 8 + letters)
    const at = accountWordAt(wider)
    if (at >= 0) {
      before = wider
      pos = at
    } else if (n >= 6 && ownIdBefore(wider.slice(letters).filter((b) => !HESITATIONS.has(b)))) {
      // "his ID is, um, M B R 004 471 8293": a person's own ID, its letters spelled before its digits
      return ok('account_number', 0.8, 'account-own-id', false)
    }
  }
  // "a deposit of $2,459.99", "a deposit of eighteen hundred twenty three dollars": a sum, not an account
  if (pos >= 0 && ctx.amount(w)) return null
  // "a loan of 250000", "a mortgage for 180000": what was lent, though no currency is said
  if (pos === 1 && SUM_BEFORE.has(before[0] ?? '') && LENT_WORDS.has(before[1] ?? '')) return null
  // "subscriber Layla Murphy, SSN 569546743": a social security word nearer than the account's names the number,
  // and so does a phone line's ("call the customer helpline on 1800 ...", "account 4471, mobile 0412 ...")
  // ... and an identity document's ("my driver account ... my licence number is D415-3382-7719")
  for (let k = 0; k < pos; k++) if (SSN_NAMING.has(before[k] as string) || LINE_NAMING.has(before[k] as string) || DOCUMENT_NAMING.has(before[k] as string)) return null
  let spelled = Math.min(letters, Math.max(pos, 0))
  // ... nor does a phrase saying where it is found ("member ID on the card is ...")
  // ("the agreement number's on the statement, it's ..."; not where the account is the place: "the number on the account? It's ...")
  for (let k = spelled; k < pos; k++) {
    const located = locativeLength(before, k, true)
    if (located > 0 && k + located <= pos) {
      spelled += located
      break
    }
  }
  // ... nor does the caller looking for it ("my account is, hang on, let me find it, 77132973")
  // ("my customer number, let me find it, it's 77402199": the account's "number" after its word too)
  // ("can i get the account number please uh yeah it's m one eight nine ...": the answer's fillers too)
  if (pos - spelled > 4 && before.slice(spelled, pos).every((b) => LOOKING_WORDS.has(b) || COPULAS.has(b) || b === 'number' || HESITATIONS.has(b) || ANSWER_FILLERS.has(b))) spelled = pos
  // ... nor does a clause saying what the account is for ("the account i want to pay into is 6281440889", "the account
  // we're sending it to is ...")
  if (pos - spelled > 4 && PAYING_CLAUSE.test(before.slice(spelled, pos).reverse().join(' '))) spelled = pos
  // ... nor does the firm that holds it, however many its words ("My member number at Harbor Valley Federal Credit Union is 7730158")
  if (pos < 0 && letters === 0) {
    const wider = ctx.wordsBefore(w, 12)
    const at = accountWordAt(wider)
    if (at > 4 && heldAt(wider, 0, at)) {
      before = wider
      pos = at
      spelled = pos
    }
  }
  // ... or the number answers a question that asked for one ("Do you have your patient ID handy? Yeah, it's 93032248")
  if (pos < 0 || (pos - spelled > 4 && !numberReferringBack(before, pos)) || namedOtherwise(before, pos)) {
    // (a word of the question that asked for it names no other number: "the account number from the statement?")
    const asked = ctx.accountAsked()
    // (a longer answer is a card's, unless its check digit says it is none: a cable account's sixteen digits)
    if ((pos >= 0 && namedOtherwise(before, pos) && !asked) || (n > 14 && (!asked || n > 18 || luhnValid(w.digits)))) return null
    // (not when the words before it already named it: "Your reference is 77 31 05 for the savings account")
    // (... or, past a pause, where on the card it is printed: "789-337-733. That's the, uh, the number under member ID")
    const namedAfter = !asked && (accountNamedAfter(ctx.after) || (w.whole && CODE_NAMED_AFTER.test(ctx.textAfter(w, 60)))) && !before.slice(0, 4).some((b) => OTHER_NUMBER_WORDS.has(b))
    if ((!asked && !namedAfter) || ctx.amount(w)) return null
    return ok('account_number', 0.8, asked ? 'account-asked' : 'account-named-after', false)
  }
  // (its "on" after the last number before this one: "It was on 04/12/2024. My account number is ...")
  // (... within its statement: "the form's filled in. My member number is 70291834" holds no "in my member")
  // (... unless it answers a question that asked for an account: "your employee ID for the payroll deduction? It's 204917")
  if (pos + 2 < own.length && pos + 2 < ctx.statementWords() && ownedByAccount(before, pos)) return ctx.accountAsked() && !ctx.amount(w) ? ok('account_number', 0.8, 'account-asked', false) : null
  if (n === 9 && hasAny(before, ROUTING_WORDS) && abaValid(w.digits)) {
    return ok('banking_information', 0.95, 'aba-routing', true)
  }
  // (an employee's number stays theirs beside a bank: "the bank rejected the credit for employee 76320")
  const type: PiiType = hasAny(before, BANK_WORDS) && !STAFF_WORDS.has(before[pos] ?? '') ? 'banking_information' : 'account_number'
  return ok(type, 0.9, 'account-context', false)
}

/** The bottom of a paper check, where its routing number is printed first (view text: "one of" is "1 of" there). */
const CHECK_BOTTOM = /\bbottom of (?:(?:one|1|some|each) of )?(?:the|my|a|your|our) (?:checks?|cheques?)\b/i
const SUM_BEFORE: ReadonlySet<string> = new Set(['of', 'for'])
/** What is sent for an account ("the statement for ..."). */
const STATEMENT_WORDS: ReadonlySet<string> = new Set(['statement', 'statements', 'bill'])
/** What a quantity counts, or the balance it is ("115,374 points", "balance: 115,374"). */
const COUNTED: ReadonlySet<string> = new Set(['points', 'miles', 'pts', 'nights', 'stays', 'gallons', 'kwh', 'units', 'balance', 'total'])
const LENT_WORDS: ReadonlySet<string> = new Set(['loan', 'mortgage', 'deposit'])

/**
 * Between a copula right before the number and the account's "number" (at `pos - 1`) stand "at" or "with"
 * and a firm's name of up to six words naming no other number ("member number at Harbor Valley Federal
 * Credit Union is ...").
 */
function heldAt(before: readonly string[], from: number, pos: number): boolean {
  if (!COPULAS.has(before[from] ?? '') || before[pos - 1] !== 'number') return false
  const via = before[pos - 2]
  if (via !== 'at' && via !== 'with') return false
  const firm = before.slice(from + 1, pos - 2)
  return firm.length >= 1 && firm.length <= 6 && !firm.some((b) => OTHER_NUMBER_WORDS.has(b) || PHONE_WORDS.has(b) || SSN_NAMING.has(b))
}

/** Identity documents' words: nearer than an account word, they name the number. */
const DOCUMENT_NAMING: ReadonlySet<string> = new Set(['licence', 'license', 'passport', 'dl', 'dln'])

/** How many single letters are spelled right before the number. */
function letterCountBefore(before: readonly string[]): number {
  let k = 0
  while (k < before.length && /^[a-z]$/.test(before[k] as string)) k++
  return k
}

/**
 * "the zip code on the account? It's 14612", "the phone number for the account": the account word
 * names whose the number is, the word before it names what it is. "the number on the account" and
 * "the routing on the account" stay the account's.
 */
function ownedByAccount(before: readonly string[], pos: number): boolean {
  if (!owningAccount(before, pos)) return false
  const named = before[pos + 3]
  // (nor a word that opens a clause: "so with your caregiver ID, VA-20417", "right, with your member number ...")
  if (named === undefined || ACCOUNT_WORDS.has(named) || ANSWER_FILLERS.has(named) || CLAUSE_OPENERS.has(named)) return false
  if (named === 'number' || named === 'no' || named === 'num') return NOT_PHONE_WORDS.has(before[pos + 4] ?? '') ? false : PHONE_WORDS.has(before[pos + 4] ?? '')
  return true
}
/** A routing number named, then no digit and no other kind of number up to the window. */
/** (the view writes "one" as "1": "Correct one is ...") */
const ROUTING_NAMED_EARLIER = /\b(?:routing|aba|rtn)\b(?!(?:[^\d]|\b1\b)*\b(?:account|acct|a\/c|card|phone|mobile|member|policy|reference|ref|order|ticket|case|claim|ssn|social)\b)(?:[^\d]|\b1\b)*$/i
/** Words that open a clause rather than name a thing ("and with your ...", "then with your ..."). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'now', 'just', 'also'])
/** "CLABE" named, then no digit up to the number. */
/** (a field's name too, and a list of them: "dest_clabes=[646180724263043040, 722320592593420142]") */
const CLABE_NAMED_EARLIER = /(?:\b|_)clabes?\b(?:[^\d]|\b\d{18}\b)*$/i
/** "CBU" or "CVU" named, then no digit up to the number. */
const CBU_NAMED_EARLIER = /(?:\b|_)(?:cbu|cvu)s?\b[^\d]*$/i
/** Account numbers of 18 digits: Mexico's CLABE. */
const LONG_ACCOUNT_WORDS: ReadonlySet<string> = new Set(['clabe', 'cuenta'])
/** Account words whose numbers are short codes (a bank's routing, sort or branch code), never eighteen digits or more. */
const SHORT_CODE_WORDS: ReadonlySet<string> = new Set(['routing', 'aba', 'sort', 'transit', 'institution', 'bsb', 'clearing', 'clearingnummer', 'clearingnr'])
/** A bank's words: five digits after them and their number's name are a code's, unless an owner says whose account it is. */
const BANK_CODE_WORDS: ReadonlySet<string> = new Set([...SHORT_CODE_WORDS, 'bank', 'banking', 'wire', 'deposit'])
/** What may stand between an account's word and its number ("policy no. is", "account number: my"). */
const BETWEEN_WORD_AND_NUMBER: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', '#', 'is', 'was', "it's", 'its'])

/**
 * Eighteen to twenty-four digits right after an account's word and its number's name ("mediclaim policy no
 * 33240034230300000158", "the policy is with HDFC ERGO, number 2805 2031 1882 0000 000" aside): India's policy
 * numbers, Peru's CCI, Spain's old CCC run that long. Not a card's or a SIM's length whose check digit holds.
 */
function longAccountNamed(before: readonly string[], w: { digitCount: number; digits: string }): boolean {
  if (w.digitCount > 24 || (w.digitCount <= 20 && luhnValid(w.digits))) return false
  let k = 0
  while (k < 3 && BETWEEN_WORD_AND_NUMBER.has(before[k] ?? '')) k++
  const word = before[k] ?? ''
  return ACCOUNT_WORDS.has(word) && !SHORT_CODE_WORDS.has(word) && !OTHER_NUMBER_WORDS.has(word)
}

/** Where the nearest account word is among the words before (nearest first), "a/c" included; -1 when none. */
function accountWordAt(before: readonly string[], own = before.length, statement = before.length): number {
  // "the card number on your account is ...": an account word that says where the number is found names nothing
  // (the locative's words after the last number before this one: "It was on 04/12/2024. My account number is ..."
  // holds no "on my account"; nor do words of another statement: "The form's filled in. My member number is ...")
  const local = own < before.length ? before.slice(0, own) : before
  let word = -1
  for (let i = 0; i < before.length && word < 0; i++) {
    if (!accountWordIn(before, i)) continue
    const loc = locativeLength(i < own ? local : before, i)
    if (loc === 0 || (i < statement && i + loc > statement)) word = i
  }
  // "a/c 7213...", "my a/c no. 2925...": read as the words "c", "a"
  const limit = word < 0 ? before.length : word
  for (let k = 0; k + 1 < limit; k++) if (before[k] === 'c' && before[k + 1] === 'a') return k
  return word
}

/** "account ending (in)", "account ends in", "account number ending": the words right before an account's last digits. */
function accountEnding(before: readonly string[]): 'account' | 'health' | null {
  const at = before[0] === 'in' ? 1 : 0
  const verb = before[at]
  if (verb !== 'ending' && verb !== 'ends' && verb !== 'ended') return null
  for (let k = at + 1; k <= at + 3 && k < before.length; k++) {
    const word = before[k] ?? ''
    if (ACCOUNT_WORDS.has(word)) return 'account'
    // ("the one with Medicare ending 6599": a health scheme's card)
    if (HEALTH_SCHEMES.has(word)) return 'health'
    // "I've merged your two accounts. The one ending in 7559 is closed": "the one" of the accounts just named
    if (word === 'one' && before[k + 1] === 'the') return before.slice(k + 2, k + 10).some((b) => b === 'accounts' || b === 'memberships') ? 'account' : null
    if (word !== 'number' && word !== 'no') return null
  }
  return null
}

/** Words that name a social security number on their own, nearer than an account word ("SSN", "social"). */
const SSN_NAMING: ReadonlySet<string> = new Set(['ssn', 'ssns', 'social', 'socials', 'itin', 'taxpayer'])
/**
 * The words right after a number name it an account's ("..., that's the checking account", "... thats my
 * frequent flyer number"): a lead word, maybe an owner, then an account word within two more words.
 */
function accountNamedAfter(words: readonly string[]): boolean {
  // (past a filler and "and": "..., uh, and that's the account number")
  let skip = 0
  while (skip < 2 && (HESITATIONS.has(words[skip] ?? '') || words[skip] === 'and')) skip++
  const after = skip > 0 ? words.slice(skip) : words
  const k = nameStartAfter(after, ACCOUNT_AFTER_LEAD)
  if (k < 0) return false
  for (let i = k; i < k + 3 && i < after.length; i++) {
    const word = after[i] ?? ''
    if (ACCOUNT_WORDS.has(word)) return true
    if (OTHER_NUMBER_WORDS.has(word) || PHONE_WORDS.has(word) || word === 'number') return false
  }
  return false
}

/**
 * "my checking account ends in 4432 and the full number is 987654432": a bare "number" right before
 * the digits points back to the account named earlier in the sentence, when no phone word is in between.
 */
function numberReferringBack(before: readonly string[], accountAt: number): boolean {
  const numberAt = before.indexOf('number')
  if (numberAt < 0 || numberAt > 2) return false
  for (let i = 0; i < accountAt; i++) if (i !== numberAt && PHONE_WORDS.has(before[i] ?? '')) return false
  return true
}
