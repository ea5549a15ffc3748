/**
 * The byte-level test that decides whether rule 1 needs to look at a text at all: a maximal run of
 * exactly 32 lowercase ASCII letters/digits, the shape `KEY_CANDIDATE` matches. Used on files (tree
 * scan) and on a commit's added lines (history) before anything is decoded.
 *
 * @module
 */

/**
 * True when the bytes (all of them, or `buf[start, end)`) hold a maximal run of exactly 32 ASCII
 * letters/digits, all lowercase or digits: the only texts rule 1 needs to decode and look at; or a
 * key in another form rule 1 reads (base64: a run of 44 base64 characters, or 43 and `=`; string
 * literals joined by `+` or side by side; short quoted pieces and names joined by `+`, `apiKey: part1 + part2`).
 * One pass, no regex.
 */
export function hasKeyCandidate(buf: Buffer, start = 0, end = buf.length): boolean {
  let run = 0
  let clean = true
  let run64 = 0
  let quoteThenPlus = 0 // 1: a quote, then spaces; 2: and a `+` after it
  let piece = -1 // lowercase letters and digits since a quote (-1: none open)
  let sawPiece = false // a quoted run of 8 to 28 of them
  let adjacent = 0 // 1: a quote closing such a run; 2: and blanks after it
  let nameThenPlus = 0 // 1: a name's character, then spaces; 2: and a `+` after it
  let sawNamesJoined = false
  for (let i = start; i < end; i++) {
    const c = buf[i] as number
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    const quote = c === 34 || c === 39 || c === 96
    if (quote) {
      // `"<piece>" "<piece>"`: literals side by side, which Python, C and C++ join
      if (adjacent === 2) return true
      adjacent = piece >= 8 && piece <= 28 ? 1 : 0
      if (adjacent === 1) sawPiece = true
      piece = 0
    } else {
      if (piece >= 0) piece = alnum ? piece + 1 : -1
      if (adjacent !== 0) adjacent = c === 32 || c === 9 || c === 10 || c === 13 ? 2 : 0
    }
    const nameChar = alnum || (c >= 65 && c <= 90) || c === 95 || c === 36
    if (nameChar) {
      if (nameThenPlus === 2 && !(c >= 48 && c <= 57)) sawNamesJoined = true
      nameThenPlus = 1
    } else if (c === 43 && nameThenPlus === 1) nameThenPlus = 2
    else if (c !== 32 && c !== 9) nameThenPlus = 0
    if (sawPiece && sawNamesJoined) return true
    if (alnum) run++
    else if (c >= 65 && c <= 90) {
      run++
      clean = false
    } else {
      if (run === 32 && clean) return true
      run = 0
      clean = true
    }
    if (alnum || (c >= 65 && c <= 90) || c === 43 || c === 47) run64++
    else {
      if (run64 === 44 || (run64 === 43 && c === 61)) return true
      run64 = 0
    }
    // `" + "`: the join of two string literals, on one line or across a line break
    if (quote) {
      if (quoteThenPlus === 2) return true
      quoteThenPlus = 1
    } else if (c === 43 && quoteThenPlus === 1) quoteThenPlus = 2
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) quoteThenPlus = 0
  }
  return (run === 32 && clean) || run64 === 44
}
