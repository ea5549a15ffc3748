/**
 * The proxy's limits over real sockets, against a small fake upstream (a plain ws server that
 * floods turns or misbehaves on demand): a browser that stops reading is cut off with bounded
 * gateway memory, the session limit holds, and upstream refusals become clear close codes.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pino } from 'pino'
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import { createStreamingProxy, type StreamingProxy } from '../../src/server/streaming-proxy.js'
import { createTicketStore, createTurnRedactor, type RelaySummary, type TicketStore } from '../../src/streaming/index.js'
import { redact } from '../../src/pii/index.js'
import { connect } from './ws-client.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const listen = (server: Server): Promise<number> => new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)))

async function fakeUpstream(onSession: (ws: ServerSocket, headers: Record<string, unknown>) => void): Promise<string> {
  const server = createServer()
  const wss = new WebSocketServer({ server })
  wss.on('connection', (ws, req) => onSession(ws, req.headers))
  const port = await listen(server)
  cleanups.push(async () => {
    for (const c of wss.clients) c.terminate()
    await new Promise<void>((r) => server.close(() => r()))
  })
  return `ws://127.0.0.1:${port}/v3/ws`
}

async function gateway(upstreamUrl: string, options: { hardLimitBytes?: number; apiKey?: string } = {}): Promise<{ url: string; tickets: TicketStore; proxy: StreamingProxy; ended: Promise<RelaySummary> }> {
  const tickets = createTicketStore()
  let resolveEnded: (s: RelaySummary) => void = () => undefined
  const ended = new Promise<RelaySummary>((r) => (resolveEnded = r))
  const proxy = createStreamingProxy({
    tickets,
    upstreamUrl,
    apiKey: () => options.apiKey ?? 'test-key-not-secret',
    redactTurn: createTurnRedactor({ redact, types: [], substitution: 'entity_name' }),
    logger: pino({ level: 'silent' }),
    limits: { highWaterBytes: 64 * 1024, hardLimitBytes: options.hardLimitBytes ?? 256 * 1024 },
    onSessionEnd: resolveEnded,
  })
  const server = createServer((_req, res) => res.end())
  proxy.attach(server)
  const port = await listen(server)
  cleanups.push(async () => {
    await proxy.close()
    await new Promise<void>((r) => server.close(() => r()))
  })
  return { url: `ws://127.0.0.1:${port}/v1/streaming/ws`, tickets, proxy, ended }
}

const ticket = (tickets: TicketStore, maxSessionSeconds = 900): string =>
  tickets.issue({ principalId: 'client:test', origins: [], issuedToOrigin: undefined, maxSessionSeconds })?.ticket ?? ''

const bigTurn = (i: number, final: boolean): string =>
  JSON.stringify({ type: 'Turn', turn_order: i, end_of_turn: final, transcript: `turn ${i} `.padEnd(4000, 'x'), words: [] })

describe('proxied session limits', () => {
  it('cuts off a browser that stops reading, without holding more than the limit', async () => {
    const upstream = await fakeUpstream((ws) => {
      ws.send(JSON.stringify({ type: 'Begin', id: 'x', expires_at: 0 }))
      let i = 0
      const flood = (): void => {
        // 40 MB of turns, far more than loopback socket buffers absorb.
        for (let k = 0; k < 200 && i < 10_000 && ws.readyState === 1; k++, i++) ws.send(bigTurn(i, i % 2 === 0))
        if (i < 10_000 && ws.readyState === 1) setImmediate(flood)
      }
      ws.on('message', () => undefined)
      setImmediate(flood)
    })
    const gw = await gateway(upstream, { hardLimitBytes: 256 * 1024 })
    const client = connect(`${gw.url}?ticket=${ticket(gw.tickets)}`)
    await client.opened
    ;(client.ws as unknown as { _socket: { pause(): void } })._socket.pause()
    const summary = await gw.ended
    expect(summary.closeCode).toBe(4010)
    expect(summary.closeReason).toMatch(/too slow/)
    // Bounded: never more than the hard limit plus one message in the gateway's send buffer.
    expect(summary.maxBufferedBytes).toBeLessThanOrEqual(256 * 1024 + 5000)
    expect(summary.droppedPartials).toBeGreaterThan(0)
    expect(gw.proxy.activeSessions()).toBe(0)
  })

  it('ends a session at the ticket limit with a clear code', async () => {
    const upstream = await fakeUpstream((ws) => ws.send(JSON.stringify({ type: 'Begin', id: 'x', expires_at: 0 })))
    const gw = await gateway(upstream)
    // A fractional limit (the policy's minimum is 60 s): the relay only multiplies it.
    const client = connect(`${gw.url}?ticket=${ticket(gw.tickets, 0.3)}`)
    const closed = await client.closed
    expect(closed.code).toBe(4008)
    expect(closed.reason).toMatch(/^Session limit reached/)
  })

  it('tells the browser when AssemblyAI refuses the gateway, without the upstream text', async () => {
    const upstream = await fakeUpstream((ws) => ws.close(1008, 'Unauthorized Connection: Invalid API key'))
    const gw = await gateway(upstream)
    const client = connect(`${gw.url}?ticket=${ticket(gw.tickets)}`)
    expect(await client.closed).toEqual({ code: 4500, reason: 'AssemblyAI refused the gateway (credentials or account); contact the operator' })
  })

  it('reports an unreachable upstream as 4502', async () => {
    const gw = await gateway('ws://127.0.0.1:1/v3/ws')
    const client = connect(`${gw.url}?ticket=${ticket(gw.tickets)}`)
    expect(await client.closed).toEqual({ code: 4502, reason: 'Upstream connection failed' })
  })

  it('drops upstream message types it cannot redact (fail closed), passes errors', async () => {
    const upstream = await fakeUpstream((ws) => {
      ws.send(JSON.stringify({ type: 'Begin', id: 'x', expires_at: 0 }))
      ws.send(JSON.stringify({ type: 'LLMGatewayResponse', data: { text: 'card 4111 1111 1111 1111' } }))
      ws.send(JSON.stringify({ type: 'SpeakerRevision', words: [{ text: 'michael' }] }))
      ws.send(JSON.stringify({ error: 'something went wrong' }))
      ws.send(JSON.stringify({ type: 'Turn', turn_order: 0, end_of_turn: true, transcript: 'card 4111 1111 1111 1111', words: [] }))
      ws.close(1000)
    })
    const gw = await gateway(upstream)
    const client = connect(`${gw.url}?ticket=${ticket(gw.tickets)}`)
    await client.closed
    expect(client.messages.map((m) => m['type'] ?? 'error')).toEqual(['Begin', 'error', 'Turn'])
    expect(client.messages[2]?.['transcript']).toBe('card [CREDIT_CARD_NUMBER]')
  })

  it('sends the key in Authorization and holds early audio until upstream opens', async () => {
    let seen: Record<string, unknown> = {}
    const received: number[] = []
    const upstream = await fakeUpstream((ws, headers) => {
      seen = headers
      ws.on('message', (d: Buffer, binary: boolean) => {
        if (binary) received.push(d.length)
        else if (JSON.parse(d.toString()).type === 'Terminate') ws.close(1000)
      })
      ws.send(JSON.stringify({ type: 'Begin', id: 'x', expires_at: 0 }))
    })
    const gw = await gateway(upstream, { apiKey: 'k-123' })
    const client = connect(`${gw.url}?ticket=${ticket(gw.tickets)}`)
    await client.opened
    client.ws.send(Buffer.alloc(3200))
    client.ws.send(Buffer.alloc(1600))
    client.ws.send(JSON.stringify({ type: 'Terminate' }))
    expect((await client.closed).code).toBe(1000)
    expect(seen['authorization']).toBe('k-123')
    expect(received).toEqual([3200, 1600])
  })
})
