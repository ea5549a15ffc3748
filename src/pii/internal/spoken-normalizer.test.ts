import { describe, expect, it } from 'vitest'
import { mapSpan } from './offset-text.js'
import { normalizeSpoken } from './spoken-normalizer.js'

const norm = (s: string): string => normalizeSpoken(s).text

describe('normalizeSpoken', () => {
  it('reads digits of other languages as digits only in a run of four or more (blind set CJ)', () => {
    expect(norm('mi numero es cinco cinco cuatro uno dos ocho nueve cero tres siete')).toBe('mi numero es 5541289037')
    expect(norm('meine Steuer-ID ist vier sieben, acht eins sechs, zwei fünf drei, null neun eins.')).toBe('meine Steuer-ID ist 47816253091.')
    expect(norm('het is nul zes twee vier acht')).toBe('het is 06248')
    // ... alone, or three in a row, they are words ("dos cervezas", "uno dos tres")
    expect(norm('dos cervezas por favor')).toBe('dos cervezas por favor')
    expect(norm('uno dos tres')).toBe('uno dos tres')
    expect(norm('acht Uhr, sept fois')).toBe('acht Uhr, sept fois')
    // ... nor is a run of one word said again ("null, null, null, null" pasted from a log)
    expect(norm('values: null, null, null, null, null, null, null, null')).toBe('values: null, null, null, null, null, null, null, null')
  })

  it('leaves "one" standing for a thing a word ("my work one, 0161 ...", "the old one") (blind set CZ)', () => {
    expect(norm('Use my work one, 0161 496 0732, extension 214.')).toBe('Use my work one, 0161 496 0732, extension 214.')
    expect(norm("it's the old one, five five five")).toBe("it's the old one, 555")
    // ... not one before more numbers
    expect(norm('the one two three four')).toBe('the 1234')
  })

  it('joins spoken single digits across spaces, commas and hyphens', () => {
    expect(norm('call four one five, five five five, oh one nine two now')).toBe('call 4155550192 now')
    expect(norm('five five zero two  eight eight five five')).toBe('55028855')
  })

  it('reads "plus" before a number as a country code\'s + and "slash" between numbers as /', () => {
    expect(norm('plus four four seven seven double oh nine')).toBe('+4477009')
    expect(norm('two plus two is four')).toBe('2 plus 2 is 4')
    expect(norm('born oh three slash one four slash eighty five')).toBe('born 03/14/85')
    expect(norm('and slash or')).toBe('and slash or')
    // a code's spelled letters, then "slash" and its number
    expect(norm('policy is s g i slash eight zero six three slash five seven zero')).toBe('policy is sgi/8063/570')
    expect(norm('b slash c')).toBe('b slash c')
  })

  it('reads a hesitation inside a number read out as a pause, not as the end of the number', () => {
    expect(norm("it's four one five uh five five five oh one nine two")).toBe("it's 4155550192")
    expect(norm('four one five, uh, five five five, oh one nine two')).toBe('4155550192')
    expect(norm('i have two uh three dogs')).toBe('i have 23 dogs')
    expect(norm('it costs five uh dollars')).toBe('it costs 5 uh dollars')
  })

  it('keeps a spoken number apart from a number written in figures before it, unless that is one digit', () => {
    expect(norm('call 415-555-0192 two times')).toBe('call 415-555-0192 2 times')
    expect(norm('you charged 4978-4227-7020-7138 two times')).toBe('you charged 4978-4227-7020-7138 2 times')
    expect(norm('room 12 two beds')).toBe('room 12 2 beds')
    // a read-back mixing figures and words, one digit at a time
    expect(norm('0 double 7 0 0 9')).toBe('0770 0 9')
  })

  it('expands double and triple', () => {
    expect(norm('eight seven double four')).toBe('8744')
    expect(norm('triple nine one')).toBe('9991')
  })

  it('reads oh/o as zero only next to numbers', () => {
    expect(norm('oh nine')).toBe('09')
    expect(norm('oh well, I am here')).toBe('oh well, I am here')
    expect(norm('the card 1234 oh well')).toBe('the card 1234 oh well')
    // leading zeros: a run of "oh" before a number
    expect(norm('it is oh oh four eight one nine')).toBe('it is 004819')
    expect(norm('oh oh, I forgot')).toBe('oh oh, I forgot')
  })

  it('keeps compound numbers separate and reads years and ordinals', () => {
    expect(norm('nine twenty seven nineteen forty eight')).toBe('9 27 1948')
    // "twenty nineteen" is a year, unless "nineteen" begins one ("nine twenty, nineteen seventy three")
    expect(norm('in twenty nineteen we moved')).toBe('in 2019 we moved')
    expect(norm('nine twenty nineteen seventy three')).toBe('9 20 1973')
    expect(norm('nine twenty nineteen oh four')).toBe('9 20 1904')
    expect(norm('May twenty seventh nineteen sixty four')).toBe('May 27th 1964')
    expect(norm('the fifteenth of February nineteen ninety six')).toBe('the 15th of February 1996')
    expect(norm('September fourth two thousand five')).toBe('September 4th 2005')
    expect(norm('twenty twenty one')).toBe('2021')
    expect(norm('nineteen oh five')).toBe('1905')
    expect(norm('born april the second nineteen eighty five')).toBe('born april the 2nd 1985')
    expect(norm('the second time, the third person')).toBe('the second time, the third person')
  })

  it('joins letters spelled out next to an e-mail joiner, and only there', () => {
    expect(norm("it's d a v i d at gmail dot com")).toBe("it's david@gmail.com")
    expect(norm('j o h n dot s m i t h at yahoo dot com')).toBe('john.smith@yahoo.com')
    const spelled = normalizeSpoken('mail d a v i d at x dot org')
    expect(mapSpan(spelled, 5, 10)).toEqual({ start: 5, end: 14 }) // "david" maps back to "d a v i d"
    expect(norm('my initials are j k and the t v is broken')).toBe('my initials are j k and the t v is broken')
    expect(norm('five o o five')).toBe('5005')
  })

  it('leaves ordinals such as "second" alone outside dates', () => {
    expect(norm('give me a second please')).toBe('give me a second please')
    expect(norm('the second of March')).toBe('the 2nd of March')
  })

  it('turns spoken e-mail joiners into symbols only in e-mail shape', () => {
    expect(norm('tom dot king at outlook dot com')).toBe('tom.king@outlook.com')
    expect(norm('susan underscore smith at gmail dot com')).toBe('susan_smith@gmail.com')
    expect(norm('I am at home. Really')).toBe('I am at home. Really')
    // the last octet said the colloquial way, after the third dot
    expect(norm('forty nine dot two thirty three dot two thirty dot one twenty four, is that you')).toBe('49.233.230.124, is that you')
    expect(norm('version two dot one twenty')).toBe('version 2.1 20')
    // "at" before an address read out is a preposition, and "one hundred five" an octet
    expect(norm('the server is at sixty-four dot one fifty-one dot forty-seven dot ninety-nine')).toBe('the server is at 64.151.47.99')
    expect(norm('from one hundred forty two dot one hundred sixty nine dot one hundred five dot thirty six')).toBe('from 142.169.105.36')
    expect(norm('jo at 163 dot com')).toBe('jo@163.com')
    // a domain of digits said as number words, then "dot" and a top-level domain's letters
    expect(norm('chen dot yu at one two six dot com')).toBe('chen.yu@126.com')
    expect(norm('see you at ten dot five, bye')).toBe('see you at 10.5, bye')
    // "at sign", and "at the rate" without "of", before a spelled domain
    expect(norm('the email is a becker at sign g m x dot de ')).toBe('the email is a becker@gmx.de ')
    expect(norm('nair at the rate yahoo dot co dot in')).toBe('nair@yahoo.co.in')
    expect(norm('meet me at sign in desk, it is at the rate they pay')).toBe('meet me at sign in desk, it is at the rate they pay')
    // plus-addressing read out; "plus" between numbers stays a word
    expect(norm('email akuznetsov plus podcast at gmail dot com')).toBe('email akuznetsov+podcast@gmail.com')
    expect(norm('two plus two is four')).toBe('2 plus 2 is 4')
    // a colloquial last octet after octets written with hyphens ("one thirty-eight")
    expect(norm('primary is ten dot five dot one thirty-eight dot one fifty-eight port')).toBe('primary is 10.5.138.158 port')
    // "oh" as an octet, and "two hundred and twelve"; "one dot oh" stays a version said aloud
    expect(norm('the ip is one nine two dot one six eight dot oh dot one five and')).toBe('the ip is 192.168.0.15 and')
    expect(norm('ten dot oh dot oh dot one')).toBe('10.0.0.1')
    expect(norm('the public ip is two hundred and twelve dot fifty eight dot one hundred dot nine')).toBe('the public ip is 212.58.100.9')
    expect(norm('we sold two hundred and twelve units')).toBe('we sold 212 units')
    expect(norm('version one dot oh')).toBe('version 1.oh')
    // a pause after an address's fourth octet ends it
    expect(norm('from one nine two dot one six eight dot three nine dot one three seven and, uh, one nine two dot one six eight dot three two dot one three six, both')).toBe(
      'from 192.168.39.137 and, uh, 192.168.32.136, both',
    )
    expect(norm('blocked eighty-one dot one fifty-seven dot one thirty-seven dot one thirteen at the edge')).toBe('blocked 81.157.137.113 at the edge')
    // "and then" between groups of a number read out
    expect(norm('card number four seven oh five five nine one five  and then oh five two one nine one six oh')).toBe('card number 4705591505219160')
    expect(norm('i have two dogs and then three cats')).toBe('i have 2 dogs and then 3 cats')
    // longer pauses between the groups: "and then, hang on,", "hold on", "let me see"
    expect(norm('the card is two seven two zero, four four four four, and then, hang on, five nine one six, eight seven eight two.')).toBe(
      'the card is 2720444459168782.',
    )
    expect(norm('four one five, hold on, eight six seven, uh, let me see, five three oh nine')).toBe('4158675309')
    // pause words longer than four letters, and the later words of a phrase
    expect(norm("four one five, let's see, eight six seven, let me check, five three oh nine")).toBe('4158675309')
    expect(norm('four one five after that eight six seven five three oh nine')).toBe('4158675309')
    // a lone "and" counts things; pause words away from numbers stay words
    expect(norm('we need two and five more')).toBe('we need 2 and 5 more')
    expect(norm('hang on, let me see if two people can come')).toBe('hang on, let me see if 2 people can come')
    // domains spelled out or said in several words
    expect(norm('mahnaz dot jackson at a o l dot com')).toBe('mahnaz.jackson@aol.com')
    expect(norm('gary dot sanchez at s b c global dot net')).toBe('gary.sanchez@sbcglobal.net')
    expect(norm('vincent dot king at brightpath dental dot com')).toBe('vincent.king@brightpathdental.com')
    expect(norm('priya at u mich dot edu')).toBe('priya@umich.edu')
    expect(norm('we met at a cafe dot com')).toBe('we met at a cafe.com')
    expect(norm("i'm at the office dot com")).toBe("i'm at the office.com")
    // Indian English reads @ as "at the rate of"
    expect(norm('xu dot ming at the rate of qq dot com')).toBe('xu.ming@qq.com')
    expect(norm('we sold it at the rate of ten dollars')).toBe('we sold it at the rate of 10 dollars')
    expect(norm('one nine two dot one six eight dot one dot one')).toBe('192.168.1.1')
    expect(norm('one ninety two dot one sixty eight dot one dot ten')).toBe('192.168.1.10')
  })

  it('maps every normalised span back to the original words', () => {
    const text = 'my number is four one five, five five five, oh one nine two thanks'
    const view = normalizeSpoken(text)
    const s = view.text.indexOf('4155550192')
    const span = mapSpan(view, s, s + 10)
    expect(text.slice(span.start, span.end)).toBe('four one five, five five five, oh one nine two')
    // A sub-span maps to the words that produced it.
    const sub = mapSpan(view, s + 3, s + 6)
    expect(text.slice(sub.start, sub.end)).toBe('five five five')
    // Untouched text maps one to one.
    const t = mapSpan(view, view.text.indexOf('thanks'), view.text.length)
    expect(text.slice(t.start, t.end)).toBe('thanks')
  })

  it('keeps the identity for text without spoken forms, including astral characters', () => {
    const text = 'Olá 😀 мир 415-555-0192 日本語'
    const view = normalizeSpoken(text)
    expect(view.text).toBe(text)
    expect(Array.from(view.srcStart)).toEqual([...Array(text.length).keys()])
  })

  it('handles empty and whitespace-only input', () => {
    expect(norm('')).toBe('')
    expect(norm('   \t ')).toBe('   \t ')
  })
})

describe('normalizeSpoken: one letter said "as in" a word', () => {
  it('is that letter even alone (a code word alone still needs a run)', () => {
    expect(norm('my email is x as in xray navarro at aol dot com')).toBe('my email is x navarro@aol.com')
    expect(norm('i have siobhan dot g as in george at qq dot com')).toBe('i have siobhan.g@qq.com')
    expect(norm('my last name is smith s as in sam')).toBe('my last name is smith s')
    expect(norm('the bravo team')).toBe('the bravo team')
  })

  it('is that letter "for" a word that starts with it, and after "as in" a hyphenated word (blind set BI)', () => {
    expect(norm('my policy number is q for queen one nine oh four seven double eight')).toBe('my policy number is q 1904788')
    expect(norm('policy h as in hotel x as in x-ray double zero three two six')).toBe('policy h x 00326')
    expect(norm('iban g b seven one m for mike i d l six nine nine')).toBe('iban g b 71 m i d l 699')
    // not a letter: a word that does not start with it, a number, a short word
    expect(norm('i for one think so, a for effort, t for two')).toBe('i for 1 think so, a for effort, t for 2')
  })
})

describe('a count of digits said right after a number read out (blind set EH)', () => {
  it('stays apart from it', () => {
    expect(norm('amex three seven oh one three two nine nine oh two four nine eight nine one four digit code six two nine seven')).toBe('amex 370132990249891 4 digit code 6297')
    expect(norm('my number is four one five five five five one two one two')).toBe('my number is 4155551212')
  })
})

describe('numbers read out in French pairs, and French addresses (blind set HY)', () => {
  it('a run of three French numbers or more, one of them ten or more, is one number', () => {
    expect(norm("mon portable c'est le zéro six  soixante-dix-sept  treize  vingt-neuf  quarante-quatre")).toBe("mon portable c'est le 0677132944")
    expect(norm('b e quatre-vingt-huit  zéro six trente-huit  quatre-vingt-cinq vingt et un')).toBe('b e 8806388521')
    expect(norm('zéro six, douze, trente-quatre, soixante et onze, quatre-vingt-dix-neuf')).toBe('0612347199')
    // Belgium's and Switzerland's tens, and "quatre-vingts" ending a number
    expect(norm('zéro quatre septante-deux nonante et un quatre-vingts')).toBe('04729180')
  })

  it('a French number alone, or two, stays words', () => {
    expect(norm('il a vingt-trois ans et deux enfants')).toBe('il a vingt-trois ans et deux enfants')
    expect(norm('vingt-cinq centimes le kilowattheure')).toBe('vingt-cinq centimes le kilowattheure')
    expect(norm('le douze mars, mille neuf cent quatre-vingt-cinq')).toBe('le douze mars, mille neuf cent quatre-vingt-cinq')
  })

  it('"point" is a dot between an address\'s words, before a domain\'s label after "arobase" or "at"; "tiret" a dash', () => {
    expect(norm("mon mail c'est audrey point lacroix arobase gmail point com merci")).toBe("mon mail c'est audrey.lacroix@gmail.com merci")
    expect(norm('sana tiret benjelloun arobase hotmail point fr')).toBe('sana-benjelloun@hotmail.fr')
    expect(norm('the score was two point five at home point blank')).toBe('the score was 2.5 at home point blank')
    expect(norm('we met at noon point five and left')).toBe('we met at noon point 5 and left')
  })
})

describe('numbers read out in Spanish, Portuguese and Italian pairs and hundreds (blind sets IA, IB)', () => {
  it('a run of three numbers or more, one of them ten or more, is one number', () => {
    expect(norm('mi celular es seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho')).toBe('mi celular es 612345678')
    expect(norm('o meu telefone é nove um dois, trinta e quatro, cinquenta e seis, setenta e oito')).toBe('o meu telefone é 912345678')
    expect(norm('il mio numero è tre quattro sette, ventidue, trentotto, novantuno')).toBe('il mio numero è 347223891')
    // ... hundreds too, as Brazil's CPF and Spain's DNI are read in threes
    expect(norm('meu cpf é duzentos e setenta e quatro  duzentos e vinte e quatro  seiscentos e sete  doze')).toBe('meu cpf é 27422460712')
    expect(norm('mi dni es trescientos cuarenta y dos, ciento quince, veintidós')).toBe('mi dni es 34211522')
  })

  it('Portuguese "um" beside a Portuguese digit is one; elsewhere a hesitation', () => {
    expect(norm('o telefone é nove seis dois  um um oito  sete quatro três')).toBe('o telefone é 962118743')
    expect(norm('meu cpf é um sete sete  um dois dois nove zero  quatro quatro  oito')).toBe('meu cpf é 17712290448')
    expect(norm('one two um three four five six')).toBe('123456')
  })

  it('"más" and "mais" are a country code\'s "+" where a number starts, and nowhere else', () => {
    expect(norm('the phone is más cincuenta y seis nueve  cincuenta y cuatro  diecisiete  noventa  cero tres')).toBe('the phone is+56954179003')
    expect(norm('quiero más dos cervezas y más tarde cinco')).toBe('quiero más dos cervezas y más tarde cinco')
    expect(norm('dos más dos son cuatro')).toBe('dos más dos son cuatro')
  })

  it('a number alone, or two, stays words', () => {
    expect(norm('tengo treinta y dos años y dos hijos')).toBe('tengo treinta y dos años y dos hijos')
    expect(norm('ho pagato cento euro, ventidue ieri')).toBe('ho pagato cento euro, ventidue ieri')
    expect(norm('once upon a time, dos veces')).toBe('once upon a time, dos veces')
  })
})

describe('numbers said whole with thousands and millions (blind sets IA, HY)', () => {
  it('a Spanish number past a million, not round, is one number; a check digit after its dash is a digit', () => {
    expect(norm('mi rut es quince millones novecientos noventa y ocho mil cuatrocientos dos guion ocho')).toBe('mi rut es 15998402-8')
    expect(norm('dieciocho millones trescientos treinta y siete mil cuarenta y seis guion cuatro')).toBe('18337046-4')
    expect(norm('veintiún millones cuarenta y cuatro mil trescientos ochenta y siete raya ocho')).toBe('21044387-8')
    expect(norm('el cuil es veintisiete  treinta y cinco millones ciento veinte mil cuatrocientos cuarenta y ocho  uno')).toBe('el cuil es 27351204481')
    expect(norm('mi rut es quince nueve nueve ocho cuatro cero dos guion ocho')).toBe('mi rut es 15998402-8')
    // ... the check digit ends the number: said again, it is another
    expect(norm('rut quince millones novecientos noventa y ocho mil cuatrocientos dos guion ocho  quince  novecientos noventa y ocho  cuatrocientos dos  raya ocho')).toBe('rut 15998402-8  15998402-8')
  })

  it('amounts, round millions and "raya" elsewhere stay words', () => {
    expect(norm('el depto cuesta dos millones quinientos mil pesos')).toBe('el depto cuesta dos millones quinientos mil pesos')
    expect(norm('son un millón doscientos treinta y cuatro mil quinientos sesenta y siete pesos')).toBe('son un millón doscientos treinta y cuatro mil quinientos sesenta y siete pesos')
    expect(norm('tres millones cuatrocientos mil de habitantes')).toBe('tres millones cuatrocientos mil de habitantes')
    expect(norm('my name is Raya Petrova, raya ocho')).toBe('my name is Raya Petrova, raya ocho')
  })

  it('a French RIB read in its bank and branch codes, with hundreds and thousands', () => {
    expect(norm("c'est f r soixante-seize  vingt mille quarante et un  dix-neuf mille cinquante et un  huit cinq neuf neuf")).toBe("c'est f r 7620041190518599")
    expect(norm('f r soixante-seize  dix-sept cinq cent quinze  quarante-deux mille sept cent dix-sept')).toBe('f r 761751542717')
    expect(norm('trois cent soixante et onze  huit cent quatre-vingt-sept  quatre-vingt-dix-sept')).toBe('37188797')
    // (alone a year stays words)
    expect(norm('en mille neuf cent quatre-vingt-cinq')).toBe('en mille neuf cent quatre-vingt-cinq')
  })
})
