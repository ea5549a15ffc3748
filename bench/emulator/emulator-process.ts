// The emulator under benchmark, in its own process (so the load generator does not share its CPU).
// Prints one JSON line {restUrl} when ready; on a "mem" line on stdin, prints its memory after a GC.
import { createInterface } from 'node:readline'
import { startEmulator } from '../../src/emulator/index.js'

const emulator = await startEmulator({ processingDelayMs: 0 })
process.stdout.write(`${JSON.stringify({ restUrl: emulator.restUrl })}\n`)
const gc = (globalThis as { gc?: () => void }).gc
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'mem') {
    gc?.()
    gc?.()
    const m = process.memoryUsage()
    process.stdout.write(`${JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss, transcripts: emulator.transcriptCount() })}\n`)
  } else if (line.trim() === 'quit') {
    await emulator.close()
    process.exit(0)
  }
}
