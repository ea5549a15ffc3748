/**
 * Accuracy tables: every contender through the same scorer on both dev sets.
 *
 * @module
 */
import { loadContenders, type Contender } from './contenders.js'
import { loadCallCenter, loadPresidio, type Dataset } from './datasets.js'
import { ratio, score, type Score } from './scorer.js'

async function run(c: Contender, d: Dataset): Promise<Score> {
  const outputs: string[] = []
  for (const item of d.items) {
    try {
      outputs.push(await c.redact(item.text))
    } catch {
      outputs.push(item.text)
    }
  }
  return score(d, outputs)
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2))

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

export async function accuracyTables(filter?: RegExp): Promise<string> {
  const contenders = (await loadContenders()).filter((c) => filter === undefined || filter.test(c.name))
  const sets = [loadCallCenter(), loadPresidio()]
  const lines: string[] = []
  const results = new Map<string, Score>()
  for (const d of sets) {
    const styles = [...new Set(d.items.map((i) => i.style))]
    lines.push('', `### ${d.name} (${d.items.length} utterances)`, '')
    const head = ['Contender', 'Tok-P', 'Ent-R', ...styles.map((s) => `R ${s}`), 'PII-free altered', ...d.labels]
    lines.push(row(head), row(head.map(() => '---')))
    for (const c of contenders) {
      const t0 = performance.now()
      const s = await run(c, d)
      results.set(`${c.name}|${d.name}`, s)
      process.stderr.write(`  ${c.name} on ${d.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`)
      lines.push(
        row([
          c.name,
          pct(s.tokenTp, s.tokenRemoved),
          ratio(s.entityRecall),
          ...styles.map((st) => ratio(s.byStyle.get(st))),
          `${pct(s.negAltered, s.negTotal)} (${s.negAltered}/${s.negTotal})`,
          ...d.labels.map((l) => ratio(s.byLabel.get(l))),
        ]),
      )
    }
    const n = d.labels.map((l) => `${l} ${d.items.reduce((a, i) => a + i.entities.filter((e) => e.label === l).length, 0)}`)
    lines.push('', `n: ${n.join(', ')}`)
  }
  const ours = results.get(`voxguard (names on)|callcenter-dev`)
  if (ours !== undefined) {
    const d = sets[0] as Dataset
    const styles = [...new Set(d.items.map((i) => i.style))]
    lines.push('', '### voxguard (names on), callcenter-dev: strict recall per type and style', '')
    lines.push(row(['Type', ...styles]), row(['---', ...styles.map(() => '---')]))
    for (const l of d.labels) lines.push(row([l, ...styles.map((st) => ratio(ours.byStyleLabel.get(`${st}:${l}`)))]))
  }
  return lines.join('\n')
}
