import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { cyrillicGreekNames } from './cyrillic-greek-names.js'

const names = (text: string): string[] => cyrillicGreekNames(text).map((c) => text.slice(c.start, c.end))
const engine = createPiiEngine()
const redacted = (text: string): string => engine.redact(text).text

describe('names in Cyrillic and Greek without a label', () => {
  it('a given name, a patronymic and a surname in either order, in any case', () => {
    expect(names('Клиентка: Светлана Игоревна Кузнецова, паспорт на руках.')).toEqual(['Светлана Игоревна Кузнецова'])
    expect(names('Заявник: Бондаренко Оксана Петрівна')).toEqual(['Бондаренко Оксана Петрівна'])
    expect(names('Дякую, Олено Василівно, все записала.')).toEqual(['Олено Василівно'])
    expect(names('Прошу соединить с кабинетом Дмитрия Соколова.')).toEqual(['Дмитрия Соколова'])
    expect(names('Ο πελάτης Νικόλαος Παπαδόπουλος ζήτησε αντίγραφο.')).toEqual(['Νικόλαος Παπαδόπουλος'])
    // ... lower case, as speech-to-text writes it, with the surname first
    expect(names('да это смирнова елена викторовна')).toEqual(['смирнова елена викторовна'])
    expect(names('записую  кушнір олег андрійович')).toEqual(['кушнір олег андрійович'])
  })

  it('a given name alone where it is capitalised or introduced; a surname alone after a title', () => {
    expect(names('Перезвоните, пожалуйста, Наталье до пяти.')).toEqual(['Наталье'])
    expect(names('меня зовут ксения')).toEqual(['ксения'])
    expect(names('Передайте пану Ткачуку, що документи готові.')).toEqual(['Ткачуку'])
    expect(names('Гульнара, добрый день! Ваш заказ готов.')).toEqual(['Гульнара'])
  })

  it('a surname after a given name in lower-case speech, initials, and surnames only their endings make', () => {
    expect(names('так  записывайте  семён гольдфарб  всё верно')).toEqual(['семён гольдфарб'])
    expect(names('да  ирина сказала что позвонит')).toEqual(['ирина'])
    expect(names('Підписав: В. Гнатюк, головний бухгалтер')).toEqual(['В. Гнатюк'])
    expect(names('Передзвоніть, будь ласка. Тарасенко, кабінет 12.')).toEqual(['Тарасенко'])
  })

  it('not everyday words, places, labels or firms that share a name', () => {
    expect(names('Роман был интересный, а Вера в победу сильна.')).toEqual([])
    expect(names('Я сейчас в Германии, как восстановить доступ?')).toEqual([])
    expect(names('Дані: номер договору 1187')).toEqual([])
    expect(names('Медичний центр «Борис», доброго дня.')).toEqual([])
    expect(names('логин  жанна подчёркивание')).toEqual(['жанна'])
    expect(names('Μεγάλη Παρασκευή κλειστά')).toEqual([])
  })

  it('the engine removes them with the rest', () => {
    expect(redacted('Оператор: Как вас зовут?\nКлиент: Павлюк Андрей Сергеевич.')).toBe('Оператор: Как вас зовут?\nКлиент: [PERSON_NAME].')
    expect(redacted("Caller: it's yuliia, y u l i i a")).toContain('[PERSON_NAME]')
  })
})
