/**
 * `npm run bench:pii:set -- [<file.jsonl>...] [-v]`: scores voxguard (names on) on any labelled set in
 * the call-centre set's shape (docs/pii-blind-set-brief.md), through the same scorer as the dev sets:
 * entity recall, token precision, PII-free items altered, per label and per style. ADDRESS and HEALTH
 * spans are scored neither way. `-v` lists every missed entity, every wrongly removed token and every
 * PII-free item altered. `--check` validates a file's shape only and runs no detector (what a set's
 * writer runs). Without a file, every set in `blind-sets/` (each scored blind once, when it was
 * written, and kept since as a regression set).
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { createPiiEngine } from '../../src/pii/index.js'
import type { Dataset, Item, Span } from './datasets.js'
import { ratio, removedTokens, score } from './scorer.js'

const LABELS = [
  'NAME', 'PHONE', 'EMAIL', 'CARD', 'CARD_EXPIRY', 'CVV', 'BANK', 'IBAN', 'ID', 'DL', 'PASSPORT',
  'HEALTH_ID', 'ACCOUNT', 'DOB', 'IP', 'SSN',
]
const IGNORED = new Set(['ADDRESS', 'HEALTH'])
/** The sets written to the brief and kept after their blind first score. */
const BLIND_SETS = join(import.meta.dirname, 'blind-sets')
const STYLES = new Set(['written', 'spoken', 'spoken-raw'])

interface Raw {
  id?: unknown
  style?: unknown
  text?: unknown
  entities?: unknown
}

/**
 * Parses a set and lists every problem of shape (a set with problems is not scored); `brief` also
 * holds it to the brief's counts of items, PII-free items and styles.
 */
function load(file: string, brief: boolean): { dataset: Dataset; problems: string[] } {
  const problems: string[] = []
  const items: Item[] = []
  const ids = new Set<string>()
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (line.trim() === '') return
      const at = `line ${n + 1}`
      let r: Raw
      try {
        r = JSON.parse(line) as Raw
      } catch (e) {
        problems.push(`${at}: not JSON (${(e as Error).message})`)
        return
      }
      if (typeof r.id !== 'string' || typeof r.text !== 'string' || typeof r.style !== 'string' || !Array.isArray(r.entities)) {
        problems.push(`${at}: needs string id, style and text and an entities array`)
        return
      }
      if (ids.has(r.id)) problems.push(`${at}: id ${r.id} repeated`)
      ids.add(r.id)
      if (!STYLES.has(r.style)) problems.push(`${at}: style "${r.style}" is not one of ${[...STYLES].join(', ')}`)
      if (/[0-9a-f]{32}/i.test(r.text)) problems.push(`${at}: 32 hexadecimal characters in a row`)
      const text = r.text
      const entities: Span[] = []
      const ignore: Span[] = []
      const spans = (r.entities as Span[]).slice().sort((a, b) => a.start - b.start)
      spans.forEach((s, k) => {
        const where = `${at} (${r.id as string}) span ${JSON.stringify(s)}`
        if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
          problems.push(`${where}: offsets out of the text`)
          return
        }
        if (!LABELS.includes(s.label) && !IGNORED.has(s.label)) problems.push(`${where}: unknown label`)
        const v = text.slice(s.start, s.end)
        if (/^[\s.,;:!?"')]|[\s,;:!?"'(]$/.test(v)) problems.push(`${where}: "${v}" has space or punctuation at an end`)
        const prev = spans[k - 1]
        if (prev !== undefined && prev.end > s.start) problems.push(`${where}: overlaps the span before`)
        ;(IGNORED.has(s.label) ? ignore : entities).push(s)
      })
      items.push({ id: r.id, style: r.style, text, entities, ignore })
    })
  const free = items.filter((i) => i.entities.length === 0 && i.ignore.length === 0).length
  if (!brief) return { dataset: { name: basename(file, '.jsonl'), items, labels: LABELS }, problems }
  if (items.length < 300) problems.push(`${items.length} items; the brief asks for 360`)
  if (free < 100) problems.push(`${free} PII-free items; the brief asks for 120`)
  for (const st of STYLES) {
    const n = items.filter((i) => i.style === st).length
    if (n < items.length / 5) problems.push(`only ${n} items of style ${st}`)
  }
  return { dataset: { name: basename(file, '.jsonl'), items, labels: LABELS }, problems }
}

const args = process.argv.slice(2)
const verbose = args.includes('-v')
const checkOnly = args.includes('--check')
const given = args.filter((a) => !a.startsWith('-'))
// (no file: every set kept in the repository, each once blind, now a regression set)
const files = given.length > 0 ? given : readdirSync(BLIND_SETS).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(BLIND_SETS, f))

const engine = checkOnly ? undefined : createPiiEngine()
let failed = false
const total = { found: 0, entities: 0, tp: 0, removed: 0, altered: 0, free: 0, sets: 0 }
for (const file of files) {
  const { dataset, problems } = load(file, checkOnly)
  if (problems.length > 0) {
    failed = true
    process.stdout.write(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
    continue
  }
  if (engine === undefined) {
    process.stdout.write(`${file}: shape OK (${dataset.items.length} items)\n`)
    continue
  }
  const outputs = dataset.items.map((i) => engine.redact(i.text).text)
  const s = score(dataset, outputs)
  total.found += s.entityRecall.found
  total.entities += s.entityRecall.total
  total.tp += s.tokenTp
  total.removed += s.tokenRemoved
  total.altered += s.negAltered
  total.free += s.negTotal
  total.sets++
  const used = LABELS.filter((l) => s.byLabel.has(l))
  process.stdout.write(
    `${dataset.name}: entity recall ${ratio(s.entityRecall)} (${s.entityRecall.found}/${s.entityRecall.total}), ` +
      `token precision ${(s.tokenTp / Math.max(1, s.tokenRemoved)).toFixed(3)}, PII-free altered ${s.negAltered}/${s.negTotal}\n` +
      `  by label: ${used.map((l) => `${l} ${ratio(s.byLabel.get(l))} (${s.byLabel.get(l)?.found}/${s.byLabel.get(l)?.total})`).join(', ')}\n` +
      `  by style: ${[...s.byStyle].map(([k, c]) => `${k} ${ratio(c)}`).join(', ')}\n`,
  )
  if (!verbose) continue
  dataset.items.forEach((item, k) => {
    const out = outputs[k] ?? item.text
    const { toks, removed } = removedTokens(item.text, out)
    for (const e of item.entities) {
      const own = toks.filter((t, i) => t.start < e.end && t.end > e.start && removed[i] !== true)
      if (own.length > 0) process.stdout.write(`MISS ${item.id} ${e.label} "${item.text.slice(e.start, e.end)}"\n  ${out}\n`)
    }
    const wrong = toks.filter(
      (t, i) =>
        removed[i] === true &&
        !item.entities.some((g) => t.start < g.end && t.end > g.start) &&
        !item.ignore.some((g) => t.start < g.end && t.end > g.start),
    )
    if (wrong.length > 0) {
      const tag = item.entities.length === 0 && item.ignore.length === 0 ? 'NEG' : 'FP'
      process.stdout.write(`${tag} ${item.id} [${wrong.map((t) => t.text).join(' ')}]\n  ${out}\n`)
    }
  })
}
if (total.sets > 1) {
  process.stdout.write(
    `all ${total.sets} sets: entity recall ${(total.found / total.entities).toFixed(3)} (${total.found}/${total.entities}), ` +
      `token precision ${(total.tp / Math.max(1, total.removed)).toFixed(3)}, PII-free altered ${total.altered}/${total.free}\n`,
  )
}
process.exit(failed ? 1 : 0)
