/**
 * Throughput: MB/s on generated call-centre text (names off / on), a one-hour call (50 KB), the
 * slowest 1 MB adversarial input; the npm libraries on a smaller slice of the same text.
 *
 * @module
 */
import { cpus, loadavg } from 'node:os'
import { createPiiEngine } from '../../src/pii/index.js'
import { loadContenders } from './contenders.js'
import { adversarialInputs, generateCallText } from './generate-text.js'

const MB = 1 << 20

/** MB/s by wall clock and by this process's CPU time (the machine is shared: CPU time is the steadier figure). */
async function mbPerSecond(paragraphs: readonly string[], fn: (t: string) => unknown): Promise<{ wall: number; cpu: number }> {
  for (const p of paragraphs.slice(0, 200)) await fn(p) // warm-up (JIT)
  const bytes = paragraphs.reduce((a, p) => a + p.length, 0)
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  for (const p of paragraphs) await fn(p)
  const cpu = process.cpuUsage(c0)
  const wall = (performance.now() - t0) / 1000
  return { wall: bytes / MB / wall, cpu: bytes / MB / ((cpu.user + cpu.system) / 1e6) }
}

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`

export async function speedTable(only?: RegExp): Promise<string> {
  const text = generateCallText(2 * MB)
  const slice = generateCallText(MB / 4, 11)
  const withNames = createPiiEngine()
  const noNames = createPiiEngine({ nameDetector: null })
  const load = (): string => loadavg().map((l) => l.toFixed(2)).join(', ')
  const loadAtStart = load()
  const lines = ['', `Generated call-centre text: ${(text.reduce((a, p) => a + p.length, 0) / MB).toFixed(1)} MB in ~3 KB paragraphs (libraries: a 0.25 MB slice). Single process, one core.`, '']
  lines.push(row(['Engine', 'MB/s (wall)', 'MB/s (CPU time)', 'goal']), row(['---', '---', '---', '---']))
  // Warm both engines over the whole text before timing either: with a shorter warm-up, whichever
  // ran first was still partly in V8's lower tiers (names off read slower than names on).
  for (const p of text) noNames.scan(p)
  for (const p of text) withNames.scan(p)
  const off = await mbPerSecond(text, (t) => noNames.scan(t))
  const on = await mbPerSecond(text, (t) => withNames.scan(t))
  lines.push(row(['voxguard scan, names off', off.wall.toFixed(2), off.cpu.toFixed(2), '>= 5']))
  lines.push(row(['voxguard scan, names on', on.wall.toFixed(2), on.cpu.toFixed(2), '>= 1']))
  for (const c of await loadContenders()) {
    if (c.name.startsWith('voxguard') || (only !== undefined && !only.test(c.name))) continue
    const r = await mbPerSecond(slice, (t) => c.redact(t))
    lines.push(row([c.name, r.wall.toFixed(2), r.cpu.toFixed(2), '–']))
  }

  const hour = generateCallText(50 * 1024, 3).join('')
  const times: number[] = []
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now()
    withNames.scan(hour)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  lines.push('', row(['One-hour call (50 KB), names on', 'ms']), row(['---', '---']))
  lines.push(row(['median of 20', (times[10] ?? 0).toFixed(1)]), row(['slowest of 20 (goal < 50)', (times[19] ?? 0).toFixed(1)]))

  lines.push('', row(['1 MB adversarial input', 'names off ms', 'names on ms']), row(['---', '---', '---']))
  let worst = 0
  for (const [name, input] of Object.entries(adversarialInputs())) {
    const a0 = performance.now()
    noNames.scan(input)
    const a = performance.now() - a0
    const b0 = performance.now()
    withNames.scan(input)
    const b = performance.now() - b0
    worst = Math.max(worst, a, b)
    lines.push(row([name, a.toFixed(0), b.toFixed(0)]))
  }
  lines.push(row(['**worst** (goal < 1000)', worst.toFixed(0), '']))
  // The machine is shared: the load average says how much to trust the figures above.
  lines.push('', `Load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end; ${cpus().length} cores.`)
  return lines.join('\n')
}
