/** A small v3 WebSocket test client: collects JSON messages and the close frame. */
import { WebSocket } from 'ws'

export interface Collected {
  readonly ws: WebSocket
  readonly messages: Record<string, unknown>[]
  readonly opened: Promise<void>
  readonly closed: Promise<{ code: number; reason: string }>
  /** Resolves with the first message that matches. */
  next(match: (m: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>
}

export function connect(url: string, options: { origin?: string; headers?: Record<string, string> } = {}): Collected {
  const ws = new WebSocket(url, { ...(options.origin ? { origin: options.origin } : {}), ...(options.headers ? { headers: options.headers } : {}) })
  const messages: Record<string, unknown>[] = []
  const waiters: Array<{ match: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }> = []
  ws.on('message', (data, isBinary) => {
    if (isBinary) return
    const message = JSON.parse(data.toString()) as Record<string, unknown>
    messages.push(message)
    for (const w of [...waiters]) {
      if (w.match(message)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(message)
      }
    }
  })
  ws.on('error', () => undefined)
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()))
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  return {
    ws,
    messages,
    opened,
    closed,
    next(match, timeoutMs = 15_000) {
      const found = messages.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms; got ${messages.map((m) => m['type']).join(',')}`)), timeoutMs)
        waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) })
      })
    },
  }
}

/** `seconds` of 16 kHz PCM16 silence-ish audio, in 100 ms frames. */
export function audioFrames(seconds: number): Buffer[] {
  const frames: Buffer[] = []
  for (let i = 0; i < seconds * 10; i++) {
    const frame = Buffer.alloc(3200)
    for (let s = 0; s < 1600; s++) frame.writeInt16LE(Math.round(Math.sin((s + i * 1600) / 8) * 2000), s * 2)
    frames.push(frame)
  }
  return frames
}

export async function sendAudio(ws: WebSocket, seconds: number): Promise<void> {
  for (const frame of audioFrames(seconds)) {
    ws.send(frame)
    await new Promise((r) => setImmediate(r))
  }
}
