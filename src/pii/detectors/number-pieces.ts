/**
 * SSNs and cards read out in labelled pieces with words between them ("the first three of my social
 * are ..., the middle two ..., the last four ..."): pieces the digit runs see one by one, put together
 * only when the whole validates.
 *
 * @module
 */
import { luhnValid, plausibleCardPrefix, ssnValid } from '../internal/checksums.js'
import { CARD_WORDS, SSN_WORDS } from '../internal/context-lexicon.js'
import { contextWords, hasAny } from '../internal/context-words.js'
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import { lastBefore } from '../internal/sorted-positions.js'
import type { Candidate } from './detector.js'

/** Words that introduce the pieces of a number read out in parts ("the first three are ..., the last four ..."). */
const PIECE_TRIGGER = /\b(?:first|middle|last|next|then|rest|remaining|second|part)\b/i
/** The words one of the two kinds of pieces needs (SSN_WORDS and CARD_WORDS, their longer members). */
const PIECE_VALUE_WORDS = /social|ssn|security|taxpayer|itin|card|credit|debit|visa|mastercard|amex|discover|maestro/i
/** A piece: digits, in groups one space or hyphen apart ("5596 0732"). */
const PIECE = /(?<![A-Za-z0-9])\d+(?:[ -]\d+)*(?![A-Za-z0-9])/g
/** The count in a piece's label ("the first 3", "the last 8"): a number, not a piece. */
const COUNT_LABEL = /\b(?:first|middle|last|next|other|final)\s+$/i
/** At most this many characters of words between two pieces. */
const PIECE_GAP = 60
/** The value words as they are searched for pieces after them (all of them, in order). */
const PIECE_VALUE_WORDS_ALL = new RegExp(PIECE_VALUE_WORDS.source, 'gi')
/**
 * How far after a value word labelled pieces can reach: the first within the twelve words (160
 * characters) context is read over, then up to three more, each within PIECE_GAP of the one before
 * and at most 19 digits in groups.
 */
const PIECES_SPAN = 180 + 3 * (PIECE_GAP + 24)

/**
 * The pieces (PIECE matches, in text order) that start at most `span` characters after one of
 * `positions` (ascending): the only ones a value word before them can name. Reading the whole text
 * for pieces cost most of these passes on long calls with a card word near the start.
 */
function piecesAfter(t: string, positions: readonly number[], span: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let scanned = 0
  for (let w = 0; w < positions.length; ) {
    const from = positions[w] as number
    let to = from + span
    for (w++; w < positions.length && (positions[w] as number) <= to; w++) to = (positions[w] as number) + span
    PIECE.lastIndex = Math.max(from, scanned)
    let m = PIECE.exec(t)
    for (; m !== null && m.index <= to; m = PIECE.exec(t)) out.push(m)
    // the piece read past the region may start the next one
    scanned = m === null ? t.length : m.index
  }
  PIECE.lastIndex = 0
  return out
}

/**
 * An SSN or a card read out in labelled pieces with words between them: "the first three of my social
 * are 698, the middle two are 62, and the last four are 1362"; "first eight are 5596 0732 and the last
 * eight are 8801 6591". Two to four pieces in one sentence make a whole only when it validates: an SSN
 * as three pieces of 3, 2 and 4 digits after a social-security word; a card as 13-19 digits in pieces
 * of at least four, with a card word, the Luhn checksum and a card prefix. Each piece is its own span.
 */
export function numberInPieces(view: OffsetText): Candidate[] {
  const t = view.text
  if (!PIECE_TRIGGER.test(t) || !PIECE_VALUE_WORDS.test(t)) return []
  // only pieces a value word can stand before: the first within the twelve words read before it,
  // the others at most three gaps further
  const valueWords: number[] = []
  for (const m of t.matchAll(PIECE_VALUE_WORDS_ALL)) valueWords.push(m.index)
  const pieces: Piece[] = []
  for (const m of piecesAfter(t, valueWords, PIECES_SPAN)) {
    const raw = m[0]
    if (raw.length <= 2 && COUNT_LABEL.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
    let len = raw.length
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) < 48) len--
    pieces.push({ start: m.index, end: m.index + raw.length, len })
  }
  const out: Candidate[] = []
  for (let a = 0; a + 1 < pieces.length; a++) {
    const head = pieces[a] as Piece
    let total = head.len
    let allFour = head.len >= 4
    for (let b = a + 1; b < Math.min(pieces.length, a + 4); b++) {
      const prev = pieces[b - 1] as Piece
      const cur = pieces[b] as Piece
      if (cur.start - prev.end > PIECE_GAP || sentenceEndBetween(t, prev.end, cur.start)) break
      total += cur.len
      allFour &&= cur.len >= 4
      if (total > 19) break
      // the shapes first (cheap), then the checksums, then the words before the first piece
      const ssnShape = b === a + 2 && head.len === 3 && (pieces[a + 1] as Piece).len === 2 && cur.len === 4
      const cardShape = total >= 13 && allFour
      if (!ssnShape && !cardShape) continue
      const group = pieces.slice(a, b + 1)
      const digits = group.map((p) => t.slice(p.start, p.end).replace(/\D/g, '')).join('')
      const ssn = ssnShape && ssnValid(digits) && hasAny(contextWords(t, head.start, cur.start, 12, 0).before, SSN_WORDS)
      const card = !ssn && cardShape && luhnValid(digits) && plausibleCardPrefix(digits) && hasAny(contextWords(t, head.start, cur.start, 12, 0).before, CARD_WORDS)
      if (!ssn && !card) continue
      for (const p of group)
        out.push({ type: ssn ? 'us_social_security_number' : 'credit_card_number', ...mapSpan(view, p.start, p.end), confidence: 0.9, detector: ssn ? 'ssn-pieces' : 'card-pieces', validated: card })
      break
    }
  }
  return out
}

/** Words that start another value read out: past them, digits are no longer the card's. */
const OTHER_VALUE = /\b(?:expir\w*|expiry|exp|cvv|cvc|security code|three digits|four digits on the|valid|postcode|zip|phone|mobile|reference|order)\b/i
/** At most this many characters (words, speaker labels) between two pieces of a card read back and forth. */
const DIALOGUE_GAP = 80


/**
 * A card read out a few digits at a time, each piece maybe repeated back by the other speaker ("Caller:
 * 2345. Operator: 2 3 4 5... Caller: 7075. Operator: 7 0 7 5, yep. ..."): across sentences and turns, a
 * piece equal to the one before it is a read-back and adds no digits. The distinct pieces (three to six
 * digits each, after a card word; four each when none is read back) make a card only when they come to
 * 15 or 16 digits that pass Luhn and have a card's prefix; each piece, read-backs included, is then its
 * own span.
 */
export function cardReadBack(view: OffsetText): Candidate[] {
  const t = view.text
  // where card words are, in one pass: each piece then asks whether one is shortly before it
  const cardWords: number[] = []
  for (const m of t.matchAll(CARD_WORD)) cardWords.push(m.index)
  if (cardWords.length === 0) return []
  // only the pieces a card read back can reach from a card word
  const pieces: (Piece & { digits: string })[] = []
  for (const m of piecesAfter(t, cardWords, CARD_READ_BACK_SPAN)) {
    const digits = m[0].replace(/\D/g, '')
    pieces.push({ start: m.index, end: m.index + m[0].length, len: digits.length, digits })
  }
  const out: Candidate[] = []
  for (let a = 0; a + 2 < pieces.length; a++) {
    const head = pieces[a] as Piece & { digits: string }
    if (head.len < 3 || head.len > 6 || !cardWordNear(cardWords, head.start) || !hasAny(contextWords(t, head.start, head.end, 12, 0).before, CARD_WORDS)) continue
    let total = head.len
    let digits = head.digits
    let last = head.digits
    let readBacks = 0
    let allFour = head.len === 4
    for (let b = a + 1; b < pieces.length && b < a + 12; b++) {
      const prev = pieces[b - 1] as Piece
      const cur = pieces[b] as Piece & { digits: string }
      if (cur.start - prev.end > DIALOGUE_GAP || cur.len < 3 || cur.len > 6 || OTHER_VALUE.test(t.slice(prev.end, cur.start))) break
      if (cur.digits === last) {
        readBacks++
        continue
      }
      total += cur.len
      digits += cur.digits
      last = cur.digits
      allFour &&= cur.len === 4
      if (total > 16) break
      // without a read-back, only the four-at-a-time reading
      if (total < 15 || (readBacks === 0 && !allFour) || !luhnValid(digits) || !plausibleCardPrefix(digits)) continue
      // the last distinct piece may be read back too
      let end = b
      if (b + 1 < pieces.length && (pieces[b + 1] as Piece & { digits: string }).digits === cur.digits && (pieces[b + 1] as Piece).start - cur.end <= DIALOGUE_GAP) end = b + 1
      for (const p of pieces.slice(a, end + 1)) out.push({ type: 'credit_card_number', ...mapSpan(view, p.start, p.end), confidence: 0.9, detector: 'card-read-back', validated: true })
      a = end
      break
    }
  }
  return out
}

/** The card words' stems, anywhere (`CARD_WORDS` then checks whole words near a piece). */
const CARD_WORD = /card|credit|debit|visa|mastercard|amex|discover|jcb|diners|maestro|\bcc\b|\bpan\b/gi
/** How far before a piece (characters) its card word may be: twelve words. */
const CARD_WORD_REACH = 120
/**
 * How far after a card word a card read back can reach: its first piece within CARD_WORD_REACH, then
 * at most twelve more pieces of up to six digits (eleven characters with separators), each within
 * DIALOGUE_GAP of the one before.
 */
const CARD_READ_BACK_SPAN = CARD_WORD_REACH + 12 * (DIALOGUE_GAP + 11) + 11

/** A card word starts within CARD_WORD_REACH characters before `at` (positions ascending). */
function cardWordNear(positions: readonly number[], at: number): boolean {
  const p = lastBefore(positions, at)
  return p !== undefined && at - p <= CARD_WORD_REACH
}

interface Piece {
  readonly start: number
  readonly end: number
  /** Digits in it. */
  readonly len: number
}

/** A sentence's end (". ", "? ", "! ") in text[from, to). */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const c = text.charCodeAt(i)
    if ((c === 46 || c === 63 || c === 33) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) return true
  }
  return false
}
