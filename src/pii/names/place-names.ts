/**
 * Places whose names are two or three words that read like a person's ("Abu Dhabi", "Toa Payoh",
 * "Ang Mo Kio", "Petaling Jaya"): towns, districts and estates that addresses and tenants name, where
 * Arabic, Malay, Chinese and Vietnamese name words make up the place. Not exhaustive; lower-cased,
 * words joined by one space.
 *
 * @module
 */
export const MULTI_WORD_PLACES: ReadonlySet<string> = new Set([
  // the Gulf
  'abu dhabi', 'al ain', 'ras al khaimah', 'umm al quwain', 'al barsha', 'al nahda', 'al quoz', 'al karama', 'al qusais',
  'al reem', 'al khalidiya', 'al rigga', 'al wasl', 'al safa', 'al furjan', 'al warqa', 'al mizhar', 'al jaddaf',
  'al raha', 'al reef', 'al muroor', 'al mushrif', 'al majaz', 'al taawun', 'bur dubai',
  'umm suqeim', 'al sufouh', 'jumeirah village', 'al khobar', 'al ahmadi', 'al wakrah', 'al rayyan', 'al sadd',
  'dubai marina', 'dubai hills', 'dubai silicon', 'jumeirah beach', 'al olaya', 'al malqa', 'al hamra', 'al seeb', 'al khuwair', 'al mawaleh', 'al muharraq', 'al jubail',
  // Singapore
  'ang mo kio', 'toa payoh', 'bukit timah', 'bukit batok', 'bukit panjang', 'bukit merah', 'choa chu kang',
  'yio chu kang', 'pasir ris', 'tiong bahru', 'jurong west', 'jurong east', 'boon lay', 'lim chu kang', 'tanjong pagar',
  'tanjong katong', 'kim keat', 'lorong chuan', 'lorong ah soo', 'upper thomson', 'potong pasir', 'marine parade', 'bukit gombak',
  // Malaysia and Indonesia
  'kuala lumpur', 'petaling jaya', 'shah alam', 'johor bahru', 'subang jaya', 'kota kinabalu', 'kota bharu',
  'kuala terengganu', 'bandar utama', 'mont kiara', 'bangsar south', 'cheras baru', 'seri kembangan', 'kota damansara',
  'bandar baru', 'tanjung priok', 'kelapa gading', 'pondok indah',
  // Hong Kong, Vietnam, the Philippines
  'hong kong', 'tsim sha tsui', 'mong kok', 'wan chai', 'kwun tong', 'sha tin', 'tuen mun', 'yuen long', 'tai po',
  'kowloon tong', 'sai kung', 'lai chi kok', 'cheung sha wan', 'tseung kwan', 'ho chi minh', 'da nang', 'hai phong',
  'binh thanh', 'thu duc', 'quezon city', 'las pinas', 'pasay city', 'taguig city', 'bonifacio global',
  // England: towns and districts whose first word is a given name
  'milton keynes', 'tottenham hale', 'clapham common', 'kentish town', 'camden town', 'bethnal green', 'palmers green',
  'gerrards cross', 'stoke newington', 'stoke mandeville', 'hemel hempstead', 'welwyn garden', 'st albans', 'st helens', 'st ives',
  // Latin America's, Iberia's and Italy's cities whose words are names' ("Porto Alegre", "Belo Horizonte", "Buenos Aires")
  'são paulo', 'sao paulo', 'porto alegre', 'belo horizonte', 'rio de janeiro', 'buenos aires', 'santo domingo', 'mar del plata',
  'ciudad juárez', 'ciudad juarez', 'reggio calabria', 'reggio emilia', 'la spezia', 'vila nova de gaia', 'juiz de fora',
  'ribeirão preto', 'ribeirao preto', 'campo grande', 'porto velho', 'feira de santana', 'são luís', 'sao luis', 'santo andré',
  'são bernardo', 'ciudad del este', 'viña del mar', 'vina del mar', 'las condes', 'costa rica', 'puerto rico', 'el salvador',
])

/** The first words of `MULTI_WORD_PLACES`: a word no place starts with is settled with one look-up. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...MULTI_WORD_PLACES].map((p) => p.slice(0, p.indexOf(' '))))

/** Every word of `MULTI_WORD_PLACES`: a word no place holds is in none of them. */
const ALL_WORDS: ReadonlySet<string> = new Set([...MULTI_WORD_PLACES].flatMap((p) => p.split(' ')))

/** Word `w` (lower-cased) is one of some place's in `MULTI_WORD_PLACES`. */
export function inSomeMultiWordPlace(w: string): boolean {
  return ALL_WORDS.has(w)
}

/** A place of `MULTI_WORD_PLACES` may start with word `w` (lower-cased). */
export function startsMultiWordPlace(w: string): boolean {
  return FIRST_WORDS.has(w)
}

/** The longest place of `MULTI_WORD_PLACES` that the words from the first on spell, as a count of words (0: none). */
export function multiWordPlaceLength(words: readonly string[]): number {
  for (let n = Math.min(4, words.length); n >= 2; n--) if (MULTI_WORD_PLACES.has(words.slice(0, n).join(' '))) return n
  return 0
}
