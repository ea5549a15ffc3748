/**
 * The names of the world's countries and regions in English ("Norway", "Estonia", "New Zealand"),
 * read from the runtime's ICU data (`Intl.DisplayNames`) instead of a list kept here: the last line
 * of an address is a country, not someone signing.
 *
 * @module
 */

let names: ReadonlySet<string> | undefined

/** Every ISO 3166 region name ICU knows, lower-cased (built on first use). */
function regionNames(): ReadonlySet<string> {
  if (names !== undefined) return names
  const out = new Set<string>()
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const name = display.of(String.fromCharCode(a, b))
        if (name !== undefined) out.add(name.toLowerCase())
      }
    }
  } catch {
    // a runtime without region names: nothing is known as a place here
  }
  names = out
  return names
}

/** The words, lower-cased, name a country or region ("norway", "new zealand"). */
export function isRegionName(words: string): boolean {
  return regionNames().has(words.toLowerCase())
}
