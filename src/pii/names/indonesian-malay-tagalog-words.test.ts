import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe("Indonesian, Malay and Tagalog callers' everyday words are no names", () => {
  it('numbers, questions and the words of a bill said in their languages', () => {
    expect(names('mau tanya pak harga emas hari ini berapa  satu juta dua ratus ribu  oke makasih')).toEqual([])
    expect(names('nak tanya pasal baki  kena bayar dua ratus lapan ke  dia kata kat kedai boleh bayar')).toEqual([])
    expect(names('opo yung pension po ng tatay ko  tapos pwede po ba sa gcash  pero parang wala pa')).toEqual([])
    expect(names('ABISO: Ang ayuda ay sa Sabado, Marso 23, sa barangay hall.')).toEqual([])
  })

  it('their names stay names', () => {
    expect(names('selamat pagi  saya mau tanya  nama saya dewi lestari')).toEqual(['dewi lestari'])
    expect(names('thank you encik and your name\nmohd faizal bin rahman')).toEqual(['mohd faizal bin rahman'])
    expect(names('Agent: Good morning po, this is Mariel. Caller: Hi po, tapos yung bill ko po')).toEqual(['Mariel'])
    // ... after "nama saya", "atas nama" and "ako si"
    expect(names('halo selamat siang  nama saya rudi hartono  mau tanya saldo')).toEqual(['rudi hartono'])
    expect(names('transfer ke rekening atas nama siti rahayu ya')).toEqual(['siti rahayu'])
    expect(names('hello po  ako si rowena bautista  yung sa bill po')).toEqual(['rowena bautista'])
  })
})
