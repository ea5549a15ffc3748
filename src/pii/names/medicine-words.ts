/**
 * Medicines by the endings their generic names share (the WHO's INN stems: "lisinopril", "clopidogrel",
 * "atorvastatin", "omeprazole", "adalimumab", "amoxicillin", "prednisolone", ...). A clinic's notes and a pharmacy's
 * calls say them capitalised at a line's or a turn's start ("Patient: Clopidogrel, but I stopped it"), where an unknown
 * word reads as a name. The lexicon asks it only of words no name list holds (`word` in lower case).
 *
 * @module
 */

/** The stems, at a word's end, after at least three letters. */
const MEDICINE_STEM =
  /^[a-z]{3,}(?:pril|sartan|olol|statin|prazole|azole|[aiou]mab|tinib|cillin|mycin|cycline|oxacin|tidine|dipine|semide|thiazide|gliptin|gliflozin|parin|xaban|dogrel|grelor|triptan|setron|lukast|terol|solone|cinolone|methasone|nisone|zepam|zolam|oxetine|traline|formin|glitazone|[ae]vir|ovir|dronate|ocaine|acaine|phylline|profen|fenac|penem|tropin|pramine|tyline|peridol|[eiy]apine|azepine|ridone|sidone|racetam|gabalin|pentin|oxone|codone|morphone|tramadol|ulosin|azosin|steride|lamide|glinide|tadine|azine|thromycin|conazole|fungin|cortisone|sonide|metasone|tretin|oxaban)$/

/** The word (in lower case) is a medicine's generic name by its stem. */
export function medicineName(word: string): boolean {
  return word.length >= 6 && MEDICINE_STEM.test(word)
}
