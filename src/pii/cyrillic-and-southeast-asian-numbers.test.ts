import { describe, expect, it } from 'vitest'
import { iinValid, innValid, rnokppValid, snilsValid } from './internal/national-id-checksums.js'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('Russian, Ukrainian and Kazakh identity numbers, and numbers named in Cyrillic', () => {
  it("the schemes' checks", () => {
    // (published examples: a bank's INN, a person's INN, the SNILS of the official example)
    expect(innValid('7707083893')).toBe(true)
    expect(innValid('500100732259')).toBe(true)
    expect(innValid('500100732258')).toBe(false)
    expect(snilsValid('11223344595')).toBe(true)
    expect(snilsValid('17648290307')).toBe(true)
    expect(snilsValid('17648290308')).toBe(false)
    expect(rnokppValid('3452107193')).toBe(true)
    expect(rnokppValid('3452107194')).toBe(false)
    expect(iinValid('880312410001')).toBe(true)
    expect(iinValid('881312410001')).toBe(false)
  })

  it('read after their names in Cyrillic or Latin letters', () => {
    expect(found('ИНН 500100732259')).toEqual([['us_social_security_number', '500100732259']])
    expect(found('СНИЛС: 176-482-903 07')).toEqual([['us_social_security_number', '176-482-903 07']])
    expect(found('мій РНОКПП 3452107193, дякую')).toEqual([['us_social_security_number', '3452107193']])
    expect(found('ИИН 880312410001')).toEqual([['us_social_security_number', '880312410001']])
  })

  it('a phone, a card, an account named in Russian or Ukrainian', () => {
    expect(found('Мобильный телефон: 8 916 482 33 17')).toEqual([['phone_number', '8 916 482 33 17']])
    expect(found('номер картки 4149 6090 1234 5679')).toEqual([['credit_card_number', '4149 6090 1234 5679']])
  })

  it('a phone with its trunk 8 and its last seven digits in three, two and two', () => {
    expect(found('Тел. 8 (701) 928-44-15')).toEqual([['phone_number', '8 (701) 928-44-15']])
    expect(found('переведите на номер 8 707 441 20 93, получатель')).toEqual([['phone_number', '8 707 441 20 93']])
    expect(found('tel: 8-916-123-45-67')).toEqual([['phone_number', '8-916-123-45-67']])
    // (not where +7's plan has no such number)
    expect(found('партия 8 120 340 12 15 штук')).toEqual([])
  })

  it('digits and e-mail addresses read out with Ukrainian apostrophes and Russian "собака" and "точка"', () => {
    expect(found("картка п'ять один шість вісім нуль три сім чотири вісім шість два п'ять сім нуль два чотири").map(([type]) => type)).toEqual(['credit_card_number'])
    expect(found('почта vladimir точка kogan собака gmail точка com')).toEqual([['email_address', 'vladimir точка kogan собака gmail точка com']])
    expect(found('email budi titik santoso at gmail titik com ya')).toEqual([['email_address', 'budi titik santoso at gmail titik com']])
    // ("точка" alone is a word: "на этой точке", "точка зрения")
    expect(found('это моя точка зрения, собака тут ни при чём')).toEqual([])
  })

  it('not an amount in hryvnias, roubles or tenge', () => {
    expect(found('Поповнення рахунку на 2 500,00 ₴ від ФОП')).toEqual([])
    expect(found('Загальна сума по рахунку 48 600,00 грн')).toEqual([])
  })
})

describe('birth dates with their months in Russian, Ukrainian, Indonesian, Tagalog, and in Vietnamese', () => {
  it('the day, the month named and the year after a birth word', () => {
    expect(found('Дата рождения: 17 ноября 1979 г.')).toEqual([['date_of_birth', '17 ноября 1979']])
    expect(found('народилася 2 липня 1984-го')).toEqual([['date_of_birth', '2 липня 1984-го']])
    expect(found('tanggal lahir 9 Agustus 1991')).toEqual([['date_of_birth', '9 Agustus 1991']])
    expect(found('Ngày sinh: 8 tháng 11 năm 1986')).toEqual([['date_of_birth', '8 tháng 11 năm 1986']])
  })

  it('said in Russian or Ukrainian words, the day and the year ordinals', () => {
    expect(found('дата рождения  двенадцатое мая восемьдесят третьего  спасибо')).toEqual([['date_of_birth', 'двенадцатое мая восемьдесят третьего']])
    expect(found('родилась двадцать четвёртого октября тысяча девятьсот семьдесят пятого года')).toEqual([['date_of_birth', 'двадцать четвёртого октября тысяча девятьсот семьдесят пятого года']])
    expect(found('народилась тридцятого серпня сімдесят восьмого')).toEqual([['date_of_birth', 'тридцятого серпня сімдесят восьмого']])
    expect(found("дата народження п'яте березня дві тисячі першого року")).toEqual([['date_of_birth', "п'яте березня дві тисячі першого року"]])
    // (the day in figures and the year in two)
    expect(found('дата рождения 12 мая 83, верно')).toEqual([['date_of_birth', '12 мая 83']])
  })

  it('not a date no birth word names', () => {
    expect(found('Договор от 17 ноября 2023 г.')).toEqual([])
    expect(found('встреча назначена на двенадцатое мая, в кабинете сорок третьего')).toEqual([])
    expect(found('доставка двенадцатое мая восемьдесят третьего заказа')).toEqual([])
  })
})

describe('digits read one by one in Indonesian, Malay, Tagalog, Vietnamese, Russian and Ukrainian', () => {
  it('a run of four or more is a number', () => {
    expect(found('nomor hp saya nol delapan satu tiga  dua dua empat  tujuh satu sembilan lima')).toEqual([['phone_number', 'nol delapan satu tiga  dua dua empat  tujuh satu sembilan lima']])
    expect(found('số điện thoại của em là không chín ba tám  bảy hai một  bốn sáu tám')).toEqual([['phone_number', 'không chín ba tám  bảy hai một  bốn sáu tám']])
    expect(found('мой телефон восемь девять один шесть  четыре восемь два  три три один семь').map(([type]) => type)).toEqual(['phone_number'])
  })

  it('Russian and Ukrainian numbers read in groups of tens and hundreds', () => {
    expect(found('мой телефон ноль пятьдесят четыре  семьсот семьдесят три  двадцать девять десять').map(([type]) => type)).toEqual(['phone_number'])
    expect(found('номер паспорта сорок пять двенадцать  восемьсот восемьдесят три сто четыре')).toEqual([['passport_number', 'сорок пять двенадцать  восемьсот восемьдесят три сто четыре']])
    // ... not a count or a price said once
    expect(found('это стоит сорок пять гривень и ещё двадцать за доставку')).toEqual([])
  })

  it('fewer are words', () => {
    expect(found('em muốn hỏi hai ba câu thôi')).toEqual([])
    expect(found('saya mau dua tiga kotak')).toEqual([])
  })
})
