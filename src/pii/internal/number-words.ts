/**
 * English number words as spoken in call-centre transcripts.
 *
 * @module
 */

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['oh', 0], ['o', 0], ['nought', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  // (radio's and the services' nine: "two oh niner", "say again, niner one oh")
  ['niner', 9],
])

export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
])

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
])

export const ORDINAL_UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9],
])

export const ORDINAL_TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30],
])

export const REPEAT_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2], ['triple', 3], ['treble', 3],
])

export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4],
  ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11],
  ['nov', 11], ['december', 12], ['dec', 12],
])

export function ordinalSuffix(n: number): string {
  const mod100 = n % 100
  if (mod100 >= 11 && mod100 <= 13) return 'th'
  switch (n % 10) {
    case 1:
      return 'st'
    case 2:
      return 'nd'
    case 3:
      return 'rd'
    default:
      return 'th'
  }
}
