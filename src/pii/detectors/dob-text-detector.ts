/**
 * Dates of birth written or spoken with a month name ("March 5th, 1987", "the fifteenth of
 * February nineteen ninety six" -> "the 15th of February 1996" in the view), reported only with
 * birth context nearby (a date alone is not a date of birth).
 *
 * @module
 */
import { contextWords, lineStartNear, substringTrigger } from '../internal/context-words.js'
import { birthAskedBefore, birthCue, birthNamedAfter, DOB_WORDS, exampleBefore, otherDateLabelled } from '../internal/context-lexicon.js'
import { CALENDAR_ERAS, DAY_NUMBER, MONTH_NAME, ORDINAL_SUFFIX } from '../internal/date-mentions.js'
import { mapSpan } from '../internal/offset-text.js'
import { TakenMask } from '../internal/taken-mask.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const M = `${MONTH_NAME}\\.?`
const DAY = `${DAY_NUMBER}${ORDINAL_SUFFIX}`
const YEAR = '(?:19|20)\\d{2}'
/** A year after the day may be said or written in two digits ("June twenty first eighty nine", "June 21st, '89"). */
const YEAR_AFTER = `(?:${YEAR}|'?\\d{2})`
const SP = '[ \\t]{1,3}'
const MONTH_FIRST = new RegExp(`\\b${M}${SP}(?:the${SP})?(${DAY})(?:,?${SP}(?:of${SP})?(${YEAR_AFTER}))?\\b`, 'gi')
const DAY_FIRST = new RegExp(`\\b(?:the${SP})?(${DAY})${SP}(?:day${SP})?(?:of${SP})?${M},?(?:${SP}(${YEAR_AFTER}))?\\b`, 'gi')
/** The year first: "nineteen seventy February fourth", "born in 1971 on the twelfth of June". */
const YEAR_FIRST = new RegExp(`\\b(${YEAR}),?${SP}(?:on${SP})?(?:${M}${SP}(?:the${SP})?(${DAY})|(?:the${SP})?(${DAY})${SP}(?:of${SP})?${M})\\b`, 'gi')
const MONTH_YEAR = new RegExp(`\\b${M},?${SP}(${YEAR})\\b`, 'gi')
/** Ordinals as words, where the normaliser leaves them ("the ninth of the eighth"). */
const ORDINAL_WORDS =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))'
const MONTH_ORDINAL = '(?:(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)'
/** The month as an ordinal, as British and Irish callers say it: "the ninth of the eighth, twenty fifteen" ("... eighty six"). Only with a year. */
const ORDINAL_MONTH = new RegExp(`\\b(?:the${SP})?(?:${DAY_NUMBER}(?:st|nd|rd|th)|${ORDINAL_WORDS})${SP}of${SP}the${SP}${MONTH_ORDINAL},?${SP}(${YEAR_AFTER})\\b`, 'gi')
/** An ordinal day said as a word before the month, without "the ... of" ("ninth march nineteen ninety seven", "fourth January seventy nine"): with a year. */
const WORD_DAY_FIRST = new RegExp(`\\b${ORDINAL_WORDS}${SP}${M},?${SP}(${YEAR_AFTER})\\b`, 'gi')
/** "born march eighty seven", "born in June '92": a month and a two-digit year right after "born". */
const BORN_MONTH_YEAR = new RegExp(`(?<=\\bborn${SP}(?:in${SP})?)${M},?${SP}('?\\d{2})\\b`, 'gi')
/** "born in sixty-nine on October twelfth": a two-digit year first, right after "born in". */
const BORN_SHORT_YEAR_FIRST = new RegExp(`(?<=\\bborn${SP}in${SP})('?\\d{2}),?${SP}(?:on${SP})?(?:${M}${SP}(?:the${SP})?(${DAY})|(?:the${SP})?(${DAY})${SP}(?:of${SP})?${M})\\b`, 'gi')
/** "27-Feb-1992", "03/Mar/85": day, month name and year joined by hyphens or slashes. */
const DASHED = new RegExp(`\\b(${DAY})([-/])${M}\\2(${YEAR_AFTER})\\b`, 'gi')
/**
 * The day first with a month named in the languages of the birth words (Spanish, Portuguese, French,
 * Italian, German, Dutch, Polish, Romanian, Turkish, Greek, Russian, Ukrainian, Indonesian, Malay, Tagalog): "3 de junio de 1978", "19. Juli 1988", "12 mars 1985", "5 maggio
 * 1990", "3 czerwca 1978", "4 martie 1952", "1 Nisan 1979", "12 Μαρτίου 1958". Written forms only (the normaliser reads English numbers).
 */
const FOREIGN_M =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|ιανουαρίου|ιανουαριου|φεβρουαρίου|φεβρουαριου|μαρτίου|μαρτιου|απριλίου|απριλιου|μαΐου|μαιου|ιουνίου|ιουνιου|ιουλίου|ιουλιου|αυγούστου|αυγουστου|σεπτεμβρίου|σεπτεμβριου|οκτωβρίου|οκτωβριου|νοεμβρίου|νοεμβριου|δεκεμβρίου|δεκεμβριου|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|maret|agustus|desember|ogos|disember|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre)'
const FOREIGN_DAY_FIRST = new RegExp(`(?<![\\p{L}\\d])(?:[12]\\d|3[01]|0?[1-9])(?:\\.|º|er)?${SP}(?:de${SP})?${FOREIGN_M}${SP}(?:de${SP})?(?:19|20)\\d{2}(?:-(?:го|й|го року))?(?![\\p{L}\\d])`, 'giu')
/** Vietnamese's day, month and year ("27 tháng 10 năm 1992", "ngày 5 tháng 3, 1988"): with its four-digit year. */
const VIETNAMESE_DATE = /(?<![\p{L}\d])(?:[12]\d|3[01]|0?[1-9])\s+tháng\s+(?:1[0-2]|0?[1-9])(?:\s+năm|,)?\s+(?:19|20)\d{2}(?![\p{L}\d])/giu

/**
 * The same said in Spanish, its numbers as words ("el doce de abril de mil novecientos cincuenta y siete",
 * "nueve de septiembre del cuarenta y ocho", "primero de mayo de dos mil uno"): the normaliser reads only
 * Spanish digits said one by one, so the words are matched here. With a year, said or written.
 */
const ES_UNIT = '(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)'
const ES_DAY = `(?:primero|${ES_UNIT}|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|diez y (?:seis|siete|ocho|nueve)|veinte|veinti(?:uno|ún|un|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|veinte y ${ES_UNIT}|treinta(?: y uno)?|(?:[12]\\d|3[01]|0?[1-9]))`
const ES_TENS = '(?:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)'
/** One to ninety-nine ("cincuenta y siete", "diecinueve", "veintidós", "diez"). */
const ES_TWO_DIGITS = `(?:${ES_TENS}(?: y ${ES_UNIT})?|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinti(?:uno|ún|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|${ES_UNIT})`
const ES_YEAR = `(?:mil novecientos(?: ${ES_TWO_DIGITS})?|dos mil(?: ${ES_TWO_DIGITS})?|(?:19|20)\\d{2}|${ES_TWO_DIGITS})`
const SPANISH_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])${ES_DAY}${SP}de${SP}${FOREIGN_M}${SP}(?:de|del)${SP}${ES_YEAR}(?![\\p{L}\\d])`, 'giu')
/** A Spanish month named: texts without one are spared the spoken Spanish form (a third of the detector's time). */
const SPANISH_MONTH = /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/i

/**
 * The same said in Portuguese ("vinte e cinco de dezembro de noventa e um", "catorze de maio de mil novecentos e oitenta e
 * um", "primeiro de março de dois mil e três").
 */
const PT_UNIT = '(?:um|uma|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove)'
const PT_TEENS = '(?:dez|onze|doze|treze|catorze|quatorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove)'
const PT_DAY = `(?:primeiro|${PT_UNIT}|${PT_TEENS}|vinte(?: e ${PT_UNIT})?|trinta(?: e um)?|(?:[12]\\d|3[01]|0?[1-9]))`
const PT_TWO_DIGITS = `(?:(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)(?: e ${PT_UNIT})?|${PT_TEENS}|${PT_UNIT})`
const PT_YEAR = `(?:mil novecentos(?: e ${PT_TWO_DIGITS})?|dois mil(?: e ${PT_TWO_DIGITS})?|(?:19|20)\\d{2}|${PT_TWO_DIGITS})`
const PT_MONTH = '(?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)'
const PORTUGUESE_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])${PT_DAY}${SP}de${SP}${PT_MONTH}${SP}de${SP}${PT_YEAR}(?![\\p{L}\\d])`, 'giu')
/**
 * ... and in Italian, the year's tens and units as one word ("nove maggio settantotto", "il ventidue marzo del
 * millenovecentottantuno", "primo aprile duemilatre").
 */
const IT_UNIT = '(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove)'
const IT_TEENS = '(?:dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove)'
const IT_TWO_DIGITS = `(?:(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:due|tre|tré|quattro|cinque|sei|sette|nove)?|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto)|${IT_TEENS}|${IT_UNIT})`
const IT_DAY = `(?:primo|${IT_UNIT}|${IT_TEENS}|venti|ventuno|ventidue|ventitr[eé]|ventiquattro|venticinque|ventisei|ventisette|ventotto|ventinove|trenta|trentuno|(?:[12]\\d|3[01]|0?[1-9]))`
const IT_YEAR = `(?:mille ?novecento? ?${IT_TWO_DIGITS}?|duemila ?${IT_TWO_DIGITS}?|(?:19|20)\\d{2}|${IT_TWO_DIGITS})`
const IT_MONTH = '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
const ITALIAN_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])${IT_DAY}${SP}${IT_MONTH}${SP}(?:del${SP})?${IT_YEAR}(?![\\p{L}\\d])`, 'giu')
/** A Portuguese or an Italian month named: texts without one are spared their spoken forms. */
const PT_IT_MONTH = new RegExp(`\\b(?:${PT_MONTH}|${IT_MONTH})\\b`, 'i')

/**
 * ... and in French, the year said "mille neuf cent ...", "dix-neuf cent ..." or "deux mille ..." ("le dix-neuf avril mille
 * neuf cent quatre-vingt-huit", "trois février deux mille vingt-quatre", "premier mai soixante-dix-neuf").
 */
const FR_SEP = '[- ]'
const FR_UNIT = '(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)'
const FR_TEEN = `(?:onze|douze|treize|quatorze|quinze|seize|dix(?:${FR_SEP}(?:sept|huit|neuf))?)`
const FR_TENS = '(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante)'
/** One to ninety-nine ("quatre-vingt-dix-huit", "soixante et onze", "vingt et un", "trente-quatre"). */
const FR_TWO_DIGITS = `(?:quatre${FR_SEP}vingts?(?:${FR_SEP}(?:${FR_TEEN}|${FR_UNIT}))?|soixante${FR_SEP}(?:et${FR_SEP})?${FR_TEEN}|${FR_TENS}(?:${FR_SEP}et${FR_SEP}(?:un|une)|${FR_SEP}${FR_UNIT})?|${FR_TEEN}|${FR_UNIT})`
const FR_DAY = `(?:premier|1er|${FR_TWO_DIGITS}|[12]\\d|3[01]|0?[1-9])`
const FR_YEAR = `(?:(?:mille${FR_SEP}neuf${FR_SEP}cents?|dix${FR_SEP}neuf${FR_SEP}cents?)(?:${FR_SEP}${FR_TWO_DIGITS})?|deux${FR_SEP}mille(?:${FR_SEP}${FR_TWO_DIGITS})?|(?:19|20)\\d{2}|${FR_TWO_DIGITS})`
const FR_MONTH = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)'
const FRENCH_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])${FR_DAY}${SP}${FR_MONTH}${SP}${FR_YEAR}(?![\\p{L}\\d])`, 'giu')
const FRENCH_MONTH = new RegExp(`\\b${FR_MONTH}\\b`, 'i')

/**
 * ... and in Dutch ("zesentwintig januari tweeduizend", "tweeëntwintig juni negentien vierenveertig", "negen juli
 * negentienhonderd zevenenvijftig"), the month also as its number ("zeventien vijf vierennegentig").
 */
const NL_UNIT = '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)'
const NL_TEEN = '(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)'
const NL_TENS = '(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)'
const NL_TWO_DIGITS = `(?:${NL_UNIT}(?:en|ën)${NL_TENS}|${NL_TENS}|${NL_TEEN}|${NL_UNIT})`
const NL_DAY = `(?:eerste|${NL_TWO_DIGITS}|[12]\\d|3[01]|0?[1-9])`
const NL_YEAR = `(?:negentien(?:honderd)?${SP}${NL_TWO_DIGITS}|tweeduizend(?:${SP}(?:en${SP})?${NL_TWO_DIGITS})?|(?:19|20)\\d{2}|${NL_TWO_DIGITS})`
const NL_MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)'
const NL_MONTH_NUMBER = `(?:${NL_UNIT}|tien|elf|twaalf)`
const DUTCH_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])${NL_DAY}${SP}(?:${NL_MONTH}|${NL_MONTH_NUMBER})${SP}${NL_YEAR}(?![\\p{L}\\d])`, 'giu')
/** A Dutch number or month word: texts without one are spared the Dutch form. */
const DUTCH_DATE_WORD = new RegExp(`\\b(?:${NL_MONTH}\\b|${NL_TEEN}|${NL_TENS}|negentien|tweeduizend)`, 'i')

/**
 * ... and in Polish, the day an ordinal in the genitive ("trzeciego maja osiemdziesiąt pięć", "dwudziestego czwartego
 * grudnia czterdzieści dziewięć", "drugiego października 1993"), and in Romanian ("patru martie o mie nouă sute cincizeci
 * și doi", "întâi martie nouăzeci și patru").
 */
const PL_ORDINAL = '(?:pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|dziewiątego)'
const PL_DAY = `(?:${PL_ORDINAL}|dziesiątego|jedenastego|dwunastego|trzynastego|czternastego|piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego|dwudziestego(?:${SP}${PL_ORDINAL})?|trzydziestego(?:${SP}pierwszego)?|[12]\\d|3[01]|0?[1-9])`
const PL_UNIT = '(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć)'
const PL_TWO_DIGITS = `(?:(?:dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:${SP}${PL_UNIT})?)`
const PL_MONTH = '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)'
const POLISH_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])${PL_DAY}${SP}${PL_MONTH}${SP}(?:(?:19|20)\\d{2}|${PL_TWO_DIGITS})(?![\\p{L}\\d])`, 'giu')
const RO_UNIT = '(?:unu|una|doi|două|doua|trei|patru|cinci|șase|şase|sase|șapte|şapte|sapte|opt|nouă|noua)'
const RO_TEEN = '(?:zece|unsprezece|doisprezece|douăsprezece|treisprezece|paisprezece|cincisprezece|șaisprezece|şaisprezece|șaptesprezece|şaptesprezece|optsprezece|nouăsprezece)'
const RO_TWO_DIGITS = `(?:(?:douăzeci|treizeci|patruzeci|cincizeci|șaizeci|şaizeci|șaptezeci|şaptezeci|optzeci|nouăzeci)(?:${SP}și${SP}${RO_UNIT})?|${RO_TEEN}|${RO_UNIT})`
const RO_MONTH = '(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)'
const RO_YEAR = `(?:o${SP}mie${SP}nouă${SP}sute(?:${SP}${RO_TWO_DIGITS})?|două${SP}mii(?:${SP}${RO_TWO_DIGITS})?|(?:19|20)\\d{2}|${RO_TWO_DIGITS})`
const ROMANIAN_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])(?:întâi|${RO_TWO_DIGITS}|[12]\\d|3[01]|0?[1-9])${SP}${RO_MONTH}${SP}${RO_YEAR}(?![\\p{L}\\d])`, 'giu')
/** A Polish or a Romanian month named: texts without one are spared their spoken forms. */
const PL_RO_MONTH = new RegExp(`\\b(?:${PL_MONTH}|${RO_MONTH})\\b`, 'i')

/**
 * ... and in Russian and Ukrainian, the day an ordinal ("двенадцатое мая восемьдесят третьего", "двадцать четвёртого
 * октября тысяча девятьсот семьдесят пятого года", "тридцятого серпня сімдесят восьмого", "п'яте березня дві тисячі
 * першого року"), the year's last word an ordinal too; or the day in figures and the year in two ("12 мая 83").
 */
const AP = "['’ʼ]?"
const RU_UNIT_ORD = '(?:(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят)(?:ое|ого)|треть(?:е|его))'
const RU_TEEN_ORD = '(?:(?:десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)(?:ое|ого))'
const RU_TENS = '(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)'
const RU_TENS_ORD = '(?:(?:сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(?:ое|ого))'
const RU_YEAR_END = `(?:${RU_TENS}${SP}${RU_UNIT_ORD}|${RU_TENS_ORD}|${RU_TEEN_ORD}|${RU_UNIT_ORD})`
const RU_DAY = `(?:(?:двадцать|тридцать)${SP}${RU_UNIT_ORD}|${RU_TEEN_ORD}|${RU_UNIT_ORD})`
const RU_YEAR = `(?:(?:тысяча${SP}девятьсот|две${SP}тысячи)${SP}${RU_YEAR_END}|двухтысячного|${RU_YEAR_END})(?:${SP}года)?`
const UK_UNIT_ORD = `(?:(?:перш|друг|четверт|п${AP}ят|шост|сьом|восьм|дев${AP}ят)(?:е|ого)|трет(?:є|ього))`
const UK_TEEN_ORD = `(?:(?:десят|одинадцят|дванадцят|тринадцят|чотирнадцят|п${AP}ятнадцят|шістнадцят|сімнадцят|вісімнадцят|дев${AP}ятнадцят|двадцят|тридцят)(?:е|ого))`
const UK_TENS = `(?:двадцять|тридцять|сорок|п${AP}ятдесят|шістдесят|сімдесят|вісімдесят|дев${AP}яносто)`
const UK_TENS_ORD = `(?:(?:сороков|п${AP}ятдесят|шістдесят|сімдесят|вісімдесят|дев${AP}яност)(?:е|ого))`
const UK_YEAR_END = `(?:${UK_TENS}${SP}${UK_UNIT_ORD}|${UK_TENS_ORD}|${UK_TEEN_ORD}|${UK_UNIT_ORD})`
const UK_DAY = `(?:(?:двадцять|тридцять)${SP}${UK_UNIT_ORD}|${UK_TEEN_ORD}|${UK_UNIT_ORD})`
const UK_YEAR = `(?:(?:тисяча${SP}дев${AP}ятсот|дві${SP}тисячі)${SP}${UK_YEAR_END}|двохтисячного|${UK_YEAR_END})(?:${SP}року)?`
const RU_MONTH = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)'
const UK_MONTH = '(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)'
const DAY_FIGURES = '(?:[12]\\d|3[01]|0?[1-9])'
const CYRILLIC_SPOKEN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${RU_DAY}|${DAY_FIGURES})${SP}${RU_MONTH}${SP}(?:${RU_YEAR}|\\d{2}(?:${SP}года)?)|(?:${UK_DAY}|${DAY_FIGURES})${SP}${UK_MONTH}${SP}(?:${UK_YEAR}|\\d{2}(?:${SP}року)?))(?![\\p{L}\\d])`,
  'giu',
)
const CYRILLIC_MONTH = new RegExp(`(?<![\\p{L}])(?:${RU_MONTH}|${UK_MONTH})(?![\\p{L}])`, 'iu')

/**
 * Year, month and day with the unit characters of Chinese and Japanese (年 月 日) or Korean (년 월 일): "1985年3月3日", "1985년 3월 3일";
 * the year maybe an era's, Japan's or the Republic of China's ("昭和52年11月3日", "民國80年3月14日", "平成元年").
 */
const CJK_DATE = /(?<!\d)(?:(?:19|20)\d{2}|(?:明治|大正|昭和|平成|令和|民國|民国)[ \t]?(?:\d{1,2}|元))[ \t]?(?:年|년)[ \t]?(?:1[0-2]|0?[1-9])[ \t]?(?:月|월)[ \t]?(?:[12]\d|3[01]|0?[1-9])[ \t]?(?:日|일)/g
/**
 * An era's year said in English, then the month and the day ("Showa 63, February 29th", "Minguo 75, May 8th", "heisei two
 * october seventeenth" read as "heisei 2 october 17th").
 */
const ERA_DATE = new RegExp(`\\b(?:${CALENDAR_ERAS.join('|')}|min-guo)${SP}\\d{1,2}(?:${SP}nen)?,?${SP}(?:${M}${SP}(?:the${SP})?(${DAY})|(?:the${SP})?(${DAY})${SP}(?:of${SP})?${M})\\b`, 'gi')

/** "5 VI 1951", "12.XI.1984": the month in Roman numerals, as Poland, Romania and Central Europe write it by hand. */
const ROMAN_MONTH = /(?<![\p{L}\d])(?:[12]\d|3[01]|0?[1-9])(?:\. ?| )(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\. ?| )(?:19|20)\d{2}(?![\p{L}\d])/gu

/** "17OCT09", "30DEC1985": the day, the month's three letters and the year run together (airline manifests, forms). */
const COMPACT = /\b(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{2}|(?:19|20)\d{2})\b/g

const FORMS = [ERA_DATE, YEAR_FIRST, BORN_SHORT_YEAR_FIRST, MONTH_FIRST, DAY_FIRST, WORD_DAY_FIRST, MONTH_YEAR, DASHED, FOREIGN_DAY_FIRST, VIETNAMESE_DATE, SPANISH_SPOKEN_DATE, PORTUGUESE_SPOKEN_DATE, ITALIAN_SPOKEN_DATE, FRENCH_SPOKEN_DATE, DUTCH_SPOKEN_DATE, POLISH_SPOKEN_DATE, ROMANIAN_SPOKEN_DATE, CYRILLIC_SPOKEN_DATE, CJK_DATE, BORN_MONTH_YEAR, COMPACT, ROMAN_MONTH]
const WITH_ORDINAL_MONTH = [...FORMS, ORDINAL_MONTH]
/**
 * The forms said in another language's words, each with the test a text must pass to be tried by it (a month or a
 * number of that language written in it): their years are said, so each has one.
 */
const SPOKEN_DATES: ReadonlyMap<RegExp, RegExp> = new Map([
  [SPANISH_SPOKEN_DATE, SPANISH_MONTH], [PORTUGUESE_SPOKEN_DATE, PT_IT_MONTH], [ITALIAN_SPOKEN_DATE, PT_IT_MONTH],
  [FRENCH_SPOKEN_DATE, FRENCH_MONTH], [DUTCH_SPOKEN_DATE, DUTCH_DATE_WORD], [POLISH_SPOKEN_DATE, PL_RO_MONTH],
  [ROMANIAN_SPOKEN_DATE, PL_RO_MONTH], [CYRILLIC_SPOKEN_DATE, CYRILLIC_MONTH],
])
/** An ordinal month needs these words: most texts are spared its pattern. */
const OF_THE = /\bof[ \t]{1,3}the\b/i

/** "D O B 24 January 1972": the cue spelled out, right before. */
const SPELLED_DOB_BEFORE = /\bd\.?\s?o\.?\s?b\.?[\s:,-]*(?:(?:is|was)\s+)?$/i

const DOB_TRIGGER = substringTrigger(DOB_WORDS)
const SPELLED_DOB = /\bd\.? ?o\.? ?b\b/i

/** The line before the one at `at` (blank lines skipped) ends with a question. */
function askedOnLineBefore(v: string, at: number): boolean {
  // (looked for within the context words' reach: a text of one long line is not scanned back to its start for each date)
  const start = lineStartNear(v, at)
  if (start === 0 || v.charCodeAt(start - 1) !== 10) return false
  const lineStart = start - 1
  const before = v.slice(Math.max(0, lineStart - 200), lineStart + 1)
  // (... or, in raw speech without a question mark, a line ending in the birth date's name: "okay and the baby's date of birth")
  return /\?[ \t]*\n[ \t\n]*$/.test(before) || RAW_BIRTH_QUESTION_END.test(before)
}
const RAW_BIRTH_QUESTION_END = /(?<![\p{L}])(?:date of birth|birth ?date|birthday|d o b|dob)[ \t]*\n[ \t\n]*$/iu

export const dobTextDetector: Detector = {
  name: 'dob-text',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    // Birth words are required (as whole words, below): text without any is skipped at once.
    if (!DOB_TRIGGER.test(v) && !SPELLED_DOB.test(v)) return out
    const taken = new TakenMask(v.length)
    for (const re of OF_THE.test(v) ? WITH_ORDINAL_MONTH : FORMS) {
      const spokenIn = SPOKEN_DATES.get(re)
      if (spokenIn !== undefined && !spokenIn.test(v)) continue
      for (const m of v.matchAll(re)) {
        const end = m.index + m[0].length
        if (taken.overlaps(m.index, end)) continue
        // "For example, you can say January 1st, 1980": a prompt's example is nobody's birth date
        if (exampleBefore(v, m.index)) continue
        // the words after it on its line only: a form's next field is not about this date ("Date: ...\nBirth date: none")
        const lineEnd = v.indexOf('\n', end)
        const ctx = contextWords(v, m.index, end, 8, 2, 0, lineEnd < 0 ? v.length : lineEnd)
        // (a year of two digits too, where the form's year group took it: "the twentieth of july ninety one")
        const hasYear = m[0].match(/\d{4}/) !== null || re === ERA_DATE || ((re === DAY_FIRST || re === MONTH_FIRST) && m[2] !== undefined) || re === BORN_SHORT_YEAR_FIRST || re === BORN_MONTH_YEAR || spokenIn !== undefined
        const spelledBefore = SPELLED_DOB_BEFORE.test(v.slice(Math.max(0, m.index - 12), m.index))
        const cueAfter = hasYear && birthNamedAfter(v, end)
        // (the question asked sentences before is looked for only when nothing nearer says so)
        if (!birthCue(ctx.before) && !birthCue(ctx.after, false) && !spelledBefore && !cueAfter && !(hasYear && birthAskedBefore(v, m.index))) continue
        // "born 4 March 1988, ..., renewal 18 June 2024": another date's label right before it names it
        if (!spelledBefore && !cueAfter && otherDateLabelled(contextWords(v, m.index, m.index, 6, 0, lineStartNear(v, m.index)).before)) continue
        // a date without its year takes its cue from its own line, or from a question on the line before
        // ("DOB 01.08.1994\n\nOUTBOUND  January 17" is a flight's date; "Date of birth?\nMarch 3rd." answers)
        if (!hasYear && !spelledBefore && !birthCue(contextWords(v, m.index, m.index, 5, 0, lineStartNear(v, m.index)).before) && !(askedOnLineBefore(v, m.index) && birthCue(ctx.before.slice(0, 5)))) continue
        const span = mapSpan(view, m.index, end)
        taken.add(m.index, end)
        out.push({ type: 'date_of_birth', ...span, confidence: hasYear ? 0.9 : 0.75, detector: 'dob-text', validated: false })
      }
    }
    return out
  },
}

