// Times the history scan alone (what `--history` adds to the tree scan): cold when the cache was
// removed first, warm otherwise. Prints one JSON line: seconds, commits, scanned, key locations.
import { createGitRunner, scanHistory } from '../../dist/src/audit/index.js'

const t = performance.now()
const workers = process.env.VOXGUARD_BENCH_WORKERS === undefined ? undefined : Number(process.env.VOXGUARD_BENCH_WORKERS)
const r = await scanHistory({ root: process.cwd(), git: createGitRunner(), workers })
const seconds = (performance.now() - t) / 1000
const hits = r.findings.filter((f) => f.rule === 'key-in-history').map((f) => `${f.commit}:${f.file}:${f.line}`)
process.stdout.write(`${JSON.stringify({ seconds, commits: r.commits, scanned: r.scanned, bytes: r.bytes, hits, envCommitted: r.findings.filter((f) => f.rule === 'env-committed').length })}\n`)
