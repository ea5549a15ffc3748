/**
 * The bench's other side, in its own process (so the gateway has a core to itself): a fake
 * AssemblyAI v3 upstream over TLS that answers audio with PII-rich turns stamped with their send
 * time, and N browser-like clients that stream 100 ms audio frames at real-time rate through the
 * gateway and time each turn's arrival. Driven over IPC by run-bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocket, WebSocketServer } from 'ws'
import { createEmulatorTls } from '../../src/emulator/internal/tls-cert.js'

const SENTENCES = [
  'thank you for calling brightwater energy my name is dana how can i help you today',
  'hi dana this is michael okafor i got a letter saying my bill is overdue',
  'the card number is 4111 1111 1111 1111 expiry 09/29 and the code is 737',
  'you can email me at m.okafor@example.com or call 555 019 8224',
].map((s) => s.split(' '))

const now = (): number => performance.timeOrigin + performance.now()

function upstreamSession(ws: WebSocket): void {
  ws.send(JSON.stringify({ type: 'Begin', id: 'bench', expires_at: 0 }))
  let frames = 0
  let sentence = 0
  let word = 0
  let order = 0
  ws.on('message', (data, isBinary) => {
    if (!isBinary) {
      if (data.toString().includes('Terminate')) ws.close(1000)
      return
    }
    frames += 1
    if (frames % 2 !== 0) return // a turn every 200 ms of audio: 5 per second per session
    const words = SENTENCES[sentence % SENTENCES.length] ?? []
    word += 1
    const end = word >= words.length
    const shown = words.slice(0, word)
    const transcript = shown.join(' ')
    ws.send(
      JSON.stringify({
        type: 'Turn', turn_order: order, turn_is_formatted: false, end_of_turn: end, transcript, end_of_turn_confidence: end ? 0.9 : 0.1,
        words: shown.map((text, i) => ({ text, start: i * 300, end: i * 300 + 250, confidence: 0.9, word_is_final: true })),
        ...(end ? { utterance: transcript } : {}),
        bench_sent_at: now(),
      }),
    )
    if (end) {
      sentence += 1
      word = 0
      order += 1
    }
  })
}

interface RunCommand { type: 'run'; url: string; tickets: string[]; seconds: number }

async function main(): Promise<void> {
  const tlsDir = mkdtempSync(join(tmpdir(), 'vg-bench-tls-'))
  const tls = await createEmulatorTls(tlsDir, '127.0.0.1')
  // the CA goes to the parent in the message below; its file is not needed
  rmSync(tlsDir, { recursive: true, force: true })
  const server = createServer({ key: tls.key, cert: tls.cert })
  new WebSocketServer({ server, perMessageDeflate: false }).on('connection', upstreamSession)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  process.send?.({ type: 'ready', upstreamUrl: `wss://127.0.0.1:${(server.address() as AddressInfo).port}/v3/ws`, ca: tls.caCert })

  process.on('message', async (command: RunCommand | { type: 'exit' }) => {
    if (command.type === 'exit') {
      server.closeAllConnections()
      server.close()
      process.exit(0)
    }
    const latencies: number[] = []
    let closedEarly = 0
    // Sessions open over the first second: measure from 2 s on (steady state, no handshakes).
    let measuring = false
    setTimeout(() => {
      measuring = true
      process.send?.({ type: 'measuring' })
    }, 2000)
    const frame = Buffer.alloc(3200)
    const sessions = command.tickets.map(
      (ticket, i) =>
        new Promise<void>((resolve) => {
          setTimeout(() => {
            const ws = new WebSocket(`${command.url}?ticket=${ticket}&sample_rate=16000`, { perMessageDeflate: false })
            let timer: NodeJS.Timeout | undefined
            const stopAt = Date.now() + command.seconds * 1000
            ws.on('message', (data) => {
              const m = JSON.parse(data.toString()) as { type: string; bench_sent_at?: number }
              if (m.type === 'Begin') {
                timer = setInterval(() => {
                  if (Date.now() >= stopAt) {
                    clearInterval(timer)
                    ws.send(JSON.stringify({ type: 'Terminate' }))
                    return
                  }
                  ws.send(frame)
                }, 100)
              } else if (m.type === 'Turn' && m.bench_sent_at !== undefined && measuring) {
                latencies.push(now() - m.bench_sent_at)
              }
            })
            ws.on('close', (code) => {
              clearInterval(timer)
              if (code !== 1000) closedEarly += 1
              resolve()
            })
            ws.on('error', () => undefined)
          }, (i * 1000) / command.tickets.length)
        }),
    )
    await Promise.all(sessions)
    process.send?.({ type: 'result', latencies, closedEarly })
  })
}

void main()
