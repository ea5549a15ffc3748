/**
 * `unredacted-requested` outside TypeScript and JavaScript: `redact_pii_return_unredacted` set to true in
 * Python (`TranscriptionConfig(redact_pii_return_unredacted=True)`), Ruby, Go (`aai.Bool(true)`), Java or
 * Kotlin builders (`.redactPiiReturnUnredacted(true)`), JSON, YAML, TOML and query strings, also JSON
 * written inside a JSON string (a Postman request's raw body, a notebook's cell: `\"redact_pii_return_unredacted\": true`). The TS/JS code
 * rules read the syntax tree; these languages and formats are read line by line with one pattern.
 *
 * @module
 */
import type { FindingInput } from './fingerprint.js'
import { LineIndex } from './internal/line-index.js'

/** Bytes every such setting holds, in any of its spellings (`redact_pii_return_unredacted`, `...ReturnUnredacted`). */
export const UNREDACTED_KEYWORDS = ['eturn_unredacted', 'eturnUnredacted']

const SETTING =
  /\b(?:redact_pii_return_unredacted|redactPiiReturnUnredacted|RedactPiiReturnUnredacted)\b(?:\\?["'])?\s*(?:(?:[:=]|=>|:=)\s*(?:\\?["'])?\s*(?:[\w.]+\(\s*)?(?:true|True|TRUE|yes|on|1)\b|\(\s*true\s*\))/g

/** Findings for each place the text turns the unredacted copy on. */
export function unredactedSettingsIn(file: string, text: string): FindingInput[] {
  if (!UNREDACTED_KEYWORDS.some((k) => text.includes(k))) return []
  const out: FindingInput[] = []
  let lines: LineIndex | undefined
  for (const m of text.matchAll(SETTING)) {
    lines ??= new LineIndex(text)
    const lineIndex = lines.lineOf(m.index)
    out.push({
      rule: 'unredacted-requested',
      file,
      line: lineIndex + 1,
      column: m.index - lines.lineStart(lineIndex) + 1,
      message: 'redact_pii_return_unredacted is turned on: an unredacted copy of the transcript is kept',
      subject: `redact_pii_return_unredacted#${out.length + 1}`,
    })
  }
  return out
}
