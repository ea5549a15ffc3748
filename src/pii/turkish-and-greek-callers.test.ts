import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { createPiiEngine } from './pii-engine.js'

const norm = (text: string): string => normalizeSpoken(text).text
const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('Turkish, Greek and Cypriot callers (blind set IW)', () => {
  it('numbers read in Turkish or Greek groups, hundreds, tens and units each a word', () => {
    expect(norm('beni arayın sıfır beş yüz otuz üç  dört yüz on iki  yirmi sekiz  doksan tamam')).toBe('beni arayın 05334122890 tamam')
    expect(norm('kart beş üç dokuz yedi  bir dört beş altı  dört bir sekiz altı  altı sıfır yedi yedi')).toBe('kart 5397145641866077')
    expect(norm('το iban g r τριάντα έξι  μηδέν ένα επτά εννιά  πέντε πέντε εννιά οχτώ')).toBe('το iban g r 3601795598')
    // ... alone, or English "on", words
    expect(norm('otuz bir yaşındayım')).toBe('otuz bir yaşındayım')
    expect(norm('i was on twenty eight and thirty on the list')).toBe('i was on 28 and 30 on the list')
  })

  it("Greece's AMKA and AFM by their names, in Greek letters or Latin, their checks holding", () => {
    expect(found('Καλημέρα σας, στέλνω τη συνταγή για τη μητέρα μου. ΑΜΚΑ 26016110517, ευχαριστώ.')).toEqual([['us_social_security_number', '26016110517']])
    expect(found('o arithmos symvolaiou, AFM 007504942, onoma')).toEqual([['us_social_security_number', '007504942']])
    // ... unnamed, nine digits are an order's
    expect(found('order 007504942 shipped today')).toEqual([])
  })

  it('birth dates with Turkish and Greek months', () => {
    // ("İstanbul" after it: JavaScript lowers the dotted capital to two characters)
    expect(found('Doğum tarihi: 1 Nisan 1979, İstanbul')).toEqual([['date_of_birth', '1 Nisan 1979']])
    expect(found('Ημερομηνία γέννησης: 12 Μαρτίου 1958')).toEqual([['date_of_birth', '12 Μαρτίου 1958']])
  })

  it('"nokta", "τελεία" and "παπάκι" in an address; Turkish "et" for "@" before a mail provider only', () => {
    expect(norm('e posta adresim ayse nokta yilmaz et gmail nokta com  tamam')).toBe('e posta adresim ayse.yilmaz@gmail.com  tamam')
    expect(norm('το email μου είναι pappas παπάκι gmail τελεία com')).toBe('το email μου είναι pappas@gmail.com')
    expect(norm("c'est moi et gmail c'est bien")).toBe("c'est moi et gmail c'est bien")
  })
})
