/**
 * libphonenumber-js's validity verdict for a ten-digit North American (NANP) national number, without
 * its per-call cost. `parsePhoneNumberFromString(n, 'US').isValid()` picks the NANP country the number
 * belongs to (first country whose leading digits match, else first whose number types match, else US)
 * and then checks that country's number types; it rebuilds every pattern as a new RegExp on each call
 * (~30-80 µs). This module follows the same steps over the same `max` metadata, with the patterns
 * compiled once. A test compares both on thousands of numbers.
 *
 * @module
 */
import { createRequire } from 'node:module'

/** The slice of libphonenumber-js's `Metadata` class this module reads (the class ships without types). */
interface MetadataType {
  pattern(): string | undefined
  possibleLengths(): number[] | undefined
}
interface MetadataReader {
  selectNumberingPlan(country: string): unknown
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined
  /** A pattern string, or a falsy value (undefined, 0) when the country has none. */
  leadingDigits(): unknown
  nationalNumberPattern(): string
  type(name: string): MetadataType | undefined
}
type MetadataConstructor = new (json: unknown) => MetadataReader

/** The order libphonenumber-js's getNumberType tries the types in (any hit makes the number valid). */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const

interface TypeRule {
  readonly re: RegExp
  readonly lengths: readonly number[] | undefined
}

interface CountryRules {
  readonly leading: RegExp | null
  readonly national: RegExp
  readonly types: readonly TypeRule[]
}

const entire = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`)

let countries: readonly CountryRules[] | undefined

function load(): readonly CountryRules[] {
  if (countries !== undefined) return countries
  const require = createRequire(import.meta.url)
  const { Metadata } = require('libphonenumber-js/core') as { Metadata: MetadataConstructor }
  const metadata = new Metadata(require('libphonenumber-js/metadata.max.json'))
  const out: CountryRules[] = []
  for (const country of metadata.getCountryCodesForCallingCode('1') ?? []) {
    metadata.selectNumberingPlan(country)
    const leading = metadata.leadingDigits()
    const types: TypeRule[] = []
    for (const name of NUMBER_TYPES) {
      const t = metadata.type(name)
      const pattern = t?.pattern()
      if (t === undefined || pattern === undefined || pattern === '') continue
      types.push({ re: entire(pattern), lengths: t.possibleLengths() })
    }
    out.push({ leading: typeof leading === 'string' && leading !== '' ? new RegExp(`^(?:${leading})`) : null, national: entire(metadata.nationalNumberPattern()), types })
  }
  countries = out
  return out
}

function hasType(national: string, c: CountryRules): boolean {
  if (!c.national.test(national)) return false
  for (const t of c.types) {
    if (t.lengths !== undefined && !t.lengths.includes(national.length)) continue
    if (t.re.test(national)) return true
  }
  return false
}

/** True when libphonenumber-js (max metadata) calls this ten-digit NANP national number valid. */
export function nanpValid(national: string): boolean {
  const all = load()
  let owner: CountryRules | undefined
  for (const c of all) {
    if (c.leading !== null ? c.leading.test(national) : hasType(national, c)) {
      owner = c
      break
    }
  }
  owner ??= all[0]
  return owner !== undefined && hasType(national, owner)
}
