/**
 * Values dictated in pieces: "so it starts seven seven two seven eight / Speaker A: okay / Speaker B:
 * then six eight six eight", "the first part is 412-694. / Agent: Mm-hmm. / Customer: And then 5084".
 * Each piece is too short to be anything alone. Where a number ends and, after only a change of turn,
 * an acknowledgement ("okay", "got it", "go on") or a continuation ("and then", "the rest is"), another
 * number begins, the pieces are joined in a small window of text and scanned together; a value found
 * across the join is reported as its pieces in the original text.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import type { PiiFinding } from './pii-types.js'

const NUMBER_END = String.raw`(?:\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))`
const NUMBER_START = String.raw`(?=\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b)`
const ACK = String.raw`(?:okay|ok|mm-?hmm|mhm|uh[- ]huh|got it|go on|go ahead|right|yep|yeah|sure)[.,!]*`
/**
 * A change of turn: a line break, maybe a speaker's label; or, in a transcript written on one line,
 * a speaker's label after a sentence's end ("... two three nine. Agent: Okay. Caller: Five eight ..."):
 * one or two capitalised words and a colon.
 */
const TURN = String.raw`(?:\n[ \t]{0,8}(?:[A-Za-z][\w ]{0,20}:[ \t]{0,4})?|(?<=[.?!…])[ \t]{1,4}[A-Z][\w'-]{0,20}(?: [A-Z0-9][\w'-]{0,20})?:[ \t]{0,4})`
const ACKS = String.raw`${ACK}(?:[ \t]{1,4}${ACK}){0,4}`
const GO_ON = String.raw`(?:(?:and )?then|and the rest is|the rest is|and)[ \t,]{0,4}`
/** "It's 4058 2286. Then 6383 4737.": within one turn, a continuation alone links two pieces. */
const THEN_AHEAD = String.raw`(?=(?:and )?then\b|(?:and )?the rest is\b)`
/**
 * What may stand between two pieces: changes of turn, acknowledgements and a continuation's words
 * ("and then", "the rest is"), nothing else. Every repeat is bounded, so a match tried at each
 * position of a long run of blank lines or acknowledgements costs a bounded amount (linear overall).
 */
const LINK = new RegExp(String.raw`[.,…]{0,3}(?:[ \t]{0,8}(?:${TURN}(?:${ACKS}[ \t]{0,4})?){1,6}|[ \t]{1,4}${ACKS}[ \t]{1,4}|[ \t]{1,4}${THEN_AHEAD})(?:${GO_ON})?${NUMBER_START}`, 'gi')
/**
 * A link must hold an acknowledgement or a continuation: a change of turn alone is also how a form's
 * next line starts ("Ticket: TCK-533397\nDate: 2024-09-09" joins nothing).
 */
const SAYS_GO_ON = new RegExp(String.raw`\b(?:okay|ok|mm-?hmm|mhm|uh[- ]huh|got it|go on|go ahead|right|yep|yeah|sure|then|the rest is)\b`, 'i')
/** The text right before a link ends with a number (checked apart: a look-behind at every position costs more). */
const ENDS_WITH_NUMBER = new RegExp(String.raw`${NUMBER_END}$`, 'i')
/** "Caller: Oh, okay. 4409132877": an "oh" alone opening a turn or a sentence is surprise, not a zero. */
const INTERJECTED_OH = /(?:^|[:.!?]|\n)[ \t]*oh$/i
/** How much text around a join is scanned with it: the cue before the first piece, the end of the last. */
const BEFORE = 200
const AFTER = 120

/**
 * Findings across joins of dictated pieces (see above), each piece as its own candidate in the
 * original text. `scan` is the engine's scan of a short text; `found`, what it found in the whole
 * text, sorted by start (a link right after a value found whole joins nothing).
 */
export function dictatedPieces(text: string, scan: (text: string) => readonly PiiFinding[], found: readonly PiiFinding[] = []): Candidate[] {
  // (matchAll starts at a clone's lastIndex: 0 for this global pattern, never moved elsewhere)
  const links = [...text.matchAll(LINK)]
    // (a number before the link that was found as a value already is complete: nothing to join)
    .filter((m) => {
      if (!SAYS_GO_ON.test(m[0])) return false
      const tail = text.slice(Math.max(0, m.index - 12), m.index)
      return ENDS_WITH_NUMBER.test(tail) && !INTERJECTED_OH.test(tail) && !overlapsSpan(found, m.index - 1, m.index)
    })
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
  if (links.length === 0) return []
  const out: Candidate[] = []
  // windows around the joins, merged when they overlap; each scanned once with its joins closed
  let k = 0
  while (k < links.length) {
    const from = Math.max(0, (links[k] as { start: number }).start - BEFORE)
    let last = k
    while (last + 1 < links.length && (links[last + 1] as { start: number }).start - AFTER <= (links[last] as { end: number }).end + AFTER) last++
    const to = Math.min(text.length, (links[last] as { end: number }).end + AFTER)
    // the window with its joins replaced by a space, and where each of its units came from
    let joined = ''
    const origin: number[] = []
    let pos = from
    for (let j = k; j <= last; j++) {
      const link = links[j] as { start: number; end: number }
      for (let p = pos; p < link.start; p++) origin.push(p)
      joined += `${text.slice(pos, link.start)} `
      origin.push(-1)
      pos = link.end
    }
    for (let p = pos; p < to; p++) origin.push(p)
    joined += text.slice(pos, to)
    for (const f of scan(joined)) {
      // only what a join made: a finding with no join inside was found in the text as it is
      if (!origin.slice(f.start, f.end).includes(-1)) continue
      let pieceStart = -1
      for (let p = f.start; p <= f.end; p++) {
        const at = p < f.end ? (origin[p] as number) : -1
        if (at >= 0 && pieceStart < 0) pieceStart = p
        if ((at < 0 || p === f.end) && pieceStart >= 0) {
          const start = origin[pieceStart] as number
          const end = (origin[p - 1] as number) + 1
          const piece = text.slice(start, end)
          const trimmed = piece.replace(/[\s.,]+$/, '')
          if (trimmed.trim() !== '') out.push({ type: f.type, start: start + (piece.length - piece.trimStart().length), end: start + trimmed.length, confidence: f.confidence, detector: `${f.detector}-dictated`, validated: false })
          pieceStart = -1
        }
      }
    }
    k = last + 1
  }
  return out
}
