import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('dishes, cross streets, continents and labelled names in other scripts (blind sets CR-CU)', () => {
  it('a dish or a drink named after someone is no person, in a list too', () => {
    expect(names('Pudding: Peach Melba, Crêpes Suzette or cheese.')).toEqual([])
    expect(names('Three Beef Wellingtons and two Eggs Benedict for table 4, please.')).toEqual([])
    expect(names('The Bloody Mary and the Tom Collins are two for one until seven.')).toEqual([])
    expect(names('A Shirley Temple for the little one and a pot of Earl Grey for me.')).toEqual([])
    // ... the same surname booking a table stays a name
    expect(names('The table is under Wellington. Yes, Mr Wellington, a party of five.')).toEqual(['Wellington', 'Wellington'])
    expect(names('I spoke to Mary and Tom about the menu.')).toEqual(['Mary', 'Tom'])
  })

  it("Latin America's, Iberia's and Italy's cities as their people name them (blind sets IA, IB)", () => {
    expect(names('she moved to Porto Alegre last year, then Belo Horizonte')).toEqual([])
    expect(names('the office in Buenos Aires')).toEqual([])
    expect(names('Rua Augusta, Porto')).toEqual([])
    // ... a person named as a city stays one
    expect(names('Hi, this is Roma Downey calling')).toEqual(['Roma Downey'])
  })

  it('an airport by its abbreviated "Intl" (blind set ID)', () => {
    expect(names('pickup 06:40 at Chhatrapati Shivaji Maharaj Intl T2, gate 8')).toEqual([])
    expect(names("all airport jobs from Murtala Muhammed Int'l must be logged")).toEqual([])
  })

  it('named sauces and pizzas ordered by size, count or article (blind set ID)', () => {
    expect(names("I'd like the Fettuccine Alfredo, a Margherita and a Tiramisu.")).toEqual([])
    expect(names("That's two Eggs Benedict, one Eggs Florentine and a flat white.")).toEqual([])
    expect(names('Can I get a large Margherita and a medium Hawaiian?')).toEqual([])
    expect(names('Test order #417 2x Margherita + Hawaiian, 1x Cherry Garcia pint')).toEqual([])
    // ... a person of the same name stays one
    expect(names('Hi, this is Margherita Rossi, my pizza is late.')).toEqual(['Margherita Rossi'])
    expect(names('Alfredo Ruiz called about the refund.')).toEqual(['Alfredo Ruiz'])
  })

  it('streets named where they cross', () => {
    expect(names("i'm at the corner of jefferson and monroe there's smoke everywhere")).toEqual([])
    expect(names('Main Street between Franklin and Lincoln is closed until noon.')).toEqual([])
    expect(names('Units to the intersection of Taylor and Grant.')).toEqual([])
    // ... people between whom something happens stay people
    expect(names('The argument between John and Mary got loud.')).toEqual(['John', 'Mary'])
    expect(names('Mary Collins called about the corner of the garden.')).toEqual(['Mary Collins'])
  })

  it('continents after a compass word; America and Asia are given names too', () => {
    expect(names('Most sign-ups came from North America and Southeast Asia.')).toEqual([])
    expect(names('Hi, this is Asia Brown calling about my order.')).toEqual(['Asia Brown'])
  })

  it("a firm's legal form is read on the name's own line only", () => {
    expect(names('Name: Thandiwe Nkosi\nSA ID: see attached')).toEqual(['Thandiwe Nkosi'])
    expect(names('Invoice to Brightwater Holdings SA for the quarter.')).toEqual([])
  })

  it('names in Hangul, Han, Arabic and Cyrillic after a label that says a name follows', () => {
    expect(names('성명: 김하늘\n연락처: 010-2345-6789')).toEqual(['김하늘'])
    expect(names('여권번호 M87654321, 이름 정민서')).toEqual(['정민서'])
    expect(names('姓名：王芳\n电话：13912345678')).toEqual(['王芳'])
    // (an English gloss after the label: "氏名 (Name):" - blind set CV)
    expect(names('氏名 (Name): 佐藤 陽菜\n生年月日 (DOB): 1994年2月11日')).toEqual(['佐藤 陽菜'])
    expect(names('氏名: 佐藤 花子')).toEqual(['佐藤 花子'])
    expect(names('名前：鈴木一郎です')).toEqual(['鈴木一郎'])
    expect(names('الاسم: خالد بن فهد\nالجوال: 0501234567')).toEqual(['خالد بن فهد'])
    expect(names('ФИО: Смирнова Анна Сергеевна')).toEqual(['Смирнова Анна Сергеевна'])
    // ... no label, no name; and a name glued to its sentence's ending is not cut out of it
    expect(names('회의실 예약 완료')).toEqual([])
    expect(names('이름은 한지민입니다')).toEqual([])
  })
})
