/**
 * Names written in scripts the name dictionaries do not hold (Hangul, Han and katakana, Arabic,
 * Cyrillic), found only where a label in the same language says a name follows: "성명: 박지우",
 * "이름 최수아", "姓名：张伟", "氏名: 山田 太郎", "الاسم: عبدالرحمن بن سعيد", "ФИО: Иванов Иван". Without
 * such a label nothing in these scripts is taken for a name.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'

/** Labels meaning "name" or "full name" (Korean, Chinese, Japanese, Arabic, Russian, Ukrainian). */
const LABELS = ['성명', '이름', '성함', '姓名', '氏名', '名前', 'お名前', 'الاسم الكامل', 'الاسم', 'اسم', 'ФИО', 'Имя', 'Фамилия', 'Ім\'я', 'Прізвище']
const HANGUL = String.raw`[\uAC00-\uD7AF]{2,5}(?![\uAC00-\uD7AF])`
/** Han and katakana (a particle in hiragana may follow: "山田太郎です"). */
const HAN = String.raw`[\u4E00-\u9FFF\u30A0-\u30FF]{2,6}(?:[ \u3000][\u4E00-\u9FFF\u30A0-\u30FF]{1,6})?(?![\u4E00-\u9FFF\u30A0-\u30FF])`
const ARABIC = String.raw`[\u0621-\u064A]{2,}(?: [\u0621-\u064A]{2,}){0,3}(?![\u0621-\u064A])`
const CYRILLIC = String.raw`[\u0400-\u04FF]{2,}(?: [\u0400-\u04FF]{2,}){0,2}(?![\u0400-\u04FF])`
/** A label, maybe a Korean topic particle ("이름은") or an English gloss ("氏名 (Name):"), a colon or a space, then the name on the same line. */
const LABELLED_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${LABELS.join('|')})[은는이]?(?:[ \t]*[(（][ \t]*[A-Za-z][A-Za-z ]{0,15}[)）])?[ \t]*[:：]?[ \t]*(${HANGUL}|${HAN}|${ARABIC}|${CYRILLIC})`, 'gu')
/** Any character of those scripts: texts without one are not searched. */
const SCRIPTS = /[\u0400-\u04FF\u0621-\u064A\u30A0-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/
const CONFIDENCE = 0.85

export function labelledScriptNames(text: string): Candidate[] {
  if (!SCRIPTS.test(text)) return []
  const out: Candidate[] = []
  for (const m of text.matchAll(LABELLED_NAME)) {
    const name = m[1] as string
    const start = m.index + m[0].length - name.length
    out.push({ type: 'person_name', start, end: start + name.length, confidence: CONFIDENCE, detector: 'name-labelled-script', validated: false })
  }
  return out
}
