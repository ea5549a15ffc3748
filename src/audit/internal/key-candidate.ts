/**
 * The byte-level test that decides whether rule 1 needs to look at a text at all: a maximal run of
 * exactly 32 lowercase ASCII letters/digits, the shape `KEY_CANDIDATE` matches. Used on files (tree
 * scan) and on a commit's added lines (history) before anything is decoded.
 *
 * @module
 */

/**
 * True when the bytes (all of them, or `buf[start, end)`) hold a maximal run of exactly 32 ASCII
 * letters/digits, all lowercase or digits: the only texts rule 1 needs to decode and look at. One
 * pass, no regex.
 */
export function hasKeyCandidate(buf: Buffer, start = 0, end = buf.length): boolean {
  let run = 0
  let clean = true
  for (let i = start; i < end; i++) {
    const c = buf[i] as number
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) run++
    else if (c >= 65 && c <= 90) {
      run++
      clean = false
    } else {
      if (run === 32 && clean) return true
      run = 0
      clean = true
    }
  }
  return run === 32 && clean
}
