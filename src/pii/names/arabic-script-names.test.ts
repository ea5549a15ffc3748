import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { arabicScriptNames } from './arabic-script-names.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('names in Arabic script', () => {
  it('a given name with a family name, a link or another given name', () => {
    expect(names('Caller: أسيل العمري. Agent: Thank you.')).toEqual(['أسيل العمري'])
    expect(names('أنا اسمي عبدالرحمن الزهراني، ورقم جوالي')).toEqual(['عبدالرحمن الزهراني'])
    expect(names('المريضة: أمل الغامدي')).toEqual(['أمل الغامدي'])
    expect(names('أحمد حسن محمود، رقم الهوية')).toEqual(['أحمد حسن محمود'])
    expect(names('التحويل باسم فاطمة بنت علي')).toEqual(['فاطمة بنت علي'])
  })

  it('a given name alone after a word that introduces or addresses someone, or that is no everyday word', () => {
    expect(names('الموظف: شكراً أستاذ نايف، تم إيقاف البطاقة')).toEqual(['نايف'])
    expect(names('السلام عليكم  معك نورة  my number is')).toEqual(['نورة'])
    expect(names('موعد: د. سامي – الأحد ١٠ص')).toEqual(['سامي'])
    expect(names('معك أم خالد. بدي أحجز موعد لابني خالد')).toEqual(['أم خالد', 'خالد'])
  })

  it('not everyday words, nor places and firms named after people', () => {
    expect(names('عندي أمل كبير في تحسن الخدمة، والحمد لله')).toEqual([])
    expect(names('الفرع في شارع الملك فهد بجانب مستشفى سليمان الحبيب')).toEqual([])
    expect(names('رمضان كريم وكل عام وأنتم بخير')).toEqual([])
    expect(names('تم تحويل المبلغ إلى الحساب البنكي الوطني، شكراً على المساعدة')).toEqual([])
    expect(names('أرجو تحويل المبلغ باسم الشركة')).toEqual([])
  })

  it('reads nothing in a text with no Arabic letter', () => {
    expect(arabicScriptNames('Khalid Al Kaabi called')).toEqual([])
  })
})

describe('Arabic blessings and words written in Latin letters', () => {
  it('are no names', () => {
    expect(names('Ramadan Kareem to all our customers, the branch closes at 3pm')).toEqual([])
    expect(names('Masha Allah, it worked first time. Tamam, shukran.')).toEqual([])
    expect(names('Eid Mubarak from the team')).toEqual([])
  })

  it('while the same words in a name stay one', () => {
    expect(names('my name is Ramadan Ali')).toEqual(['Ramadan Ali'])
  })
})
