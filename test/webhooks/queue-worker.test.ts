import { describe, expect, it } from 'vitest'
import { createQueueWorker } from '../../src/webhooks/index.js'

/** A queue of `n` numbered items, claimed in batches; records how many run at once. */
function fixture(n: number, stepBack?: () => boolean) {
  const queue = Array.from({ length: n }, (_, i) => i)
  const done: number[] = []
  const failed: number[] = []
  let running = 0
  let most = 0
  const worker = createQueueWorker<number>({
    name: 'test',
    batchSize: 10,
    concurrency: 4,
    claim: async (limit) => queue.splice(0, limit),
    run: async (item) => {
      running++
      most = Math.max(most, running)
      await new Promise((r) => setTimeout(r, 3))
      running--
      if (item === 7) throw new Error('boom')
      done.push(item)
    },
    onError: async (item) => {
      failed.push(item)
    },
    ...(stepBack ? { stepBack } : {}),
  })
  return { worker, done, failed, most: () => most }
}

describe('queue worker', () => {
  it('drains the queue, running items of a batch concurrently, and hands failures to onError', async () => {
    const f = fixture(25)
    expect(await f.worker.drain()).toBe(25)
    expect([...f.done].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i).filter((i) => i !== 7))
    expect(f.failed).toEqual([7])
    expect(f.most()).toBe(4)
  })

  it('runs one item at a time while told to step back, and never stops', async () => {
    let burst = true
    const f = fixture(25, () => burst)
    expect(await f.worker.drain()).toBe(25)
    expect(f.done).toHaveLength(24)
    expect(f.most()).toBe(1)
    burst = false
    const g = fixture(12, () => burst)
    await g.worker.drain()
    expect(g.most()).toBe(4)
  })

  it('picks up full concurrency again when the burst ends', async () => {
    let burst = true
    const f = fixture(40, () => burst)
    setTimeout(() => (burst = false), 20)
    expect(await f.worker.drain()).toBe(40)
    expect(f.most()).toBe(4)
  })

  it('claims the next batch while a slow item of the last one is still running', async () => {
    const queue = Array.from({ length: 30 }, (_, i) => i)
    const events: string[] = []
    const worker = createQueueWorker<number>({
      name: 'test',
      batchSize: 10,
      concurrency: 4,
      claim: async (limit) => {
        events.push(`claim ${queue[0] ?? 'empty'}`)
        return queue.splice(0, limit)
      },
      run: async (item) => {
        await new Promise((r) => setTimeout(r, item === 0 ? 150 : 2))
        if (item === 0) events.push('slow item done')
      },
      onError: async () => {},
    })
    expect(await worker.drain()).toBe(30)
    // The slow first item still runs when the other lanes have worked off the rest.
    expect(events.indexOf('claim 10')).toBeLessThan(events.indexOf('slow item done'))
    expect(events.indexOf('claim 20')).toBeLessThan(events.indexOf('slow item done'))
  })

  it('when a claim fails, finishes the items it holds, logs, and runs nothing after', async () => {
    let claims = 0
    let running = 0
    const done: number[] = []
    const logged: string[] = []
    const worker = createQueueWorker<number>({
      name: 'test',
      batchSize: 5,
      concurrency: 3,
      claim: async (limit) => {
        claims++
        if (claims === 2) throw new Error('database unavailable')
        return Array.from({ length: limit }, (_, i) => (claims - 1) * limit + i)
      },
      run: async (item) => {
        running++
        await new Promise((r) => setTimeout(r, 5))
        running--
        done.push(item)
      },
      onError: async () => {},
      logger: { error: (_obj: unknown, msg: string) => logged.push(msg) } as unknown as NonNullable<Parameters<typeof createQueueWorker>[0]['logger']>,
    })
    await worker.drain()
    expect(running).toBe(0)
    // The first batch was claimed and all of it ran; the failed claim was logged, not thrown.
    expect([...done].sort((a, b) => a - b).slice(0, 5)).toEqual([0, 1, 2, 3, 4])
    expect(logged).toContain('queue worker batch failed')
  })

  it('stops after the items in hand instead of draining a long backlog', async () => {
    const queue = Array.from({ length: 10_000 }, (_, i) => i)
    const done: number[] = []
    let running = 0
    const worker = createQueueWorker<number>({
      name: 'test',
      batchSize: 10,
      concurrency: 4,
      pollMs: 60_000,
      claim: async (limit) => queue.splice(0, limit),
      run: async (item) => {
        running++
        await new Promise((r) => setTimeout(r, 2))
        running--
        done.push(item)
      },
      onError: async () => {},
    })
    worker.start()
    worker.kick()
    while (done.length < 20) await new Promise((r) => setTimeout(r, 1))
    await worker.stop()
    expect(running).toBe(0)
    const after = done.length
    expect(after).toBeLessThan(200)
    await new Promise((r) => setTimeout(r, 30))
    expect(done.length).toBe(after)
  })

  it('on stop, gives back what it claimed but did not start, and nothing it ran', async () => {
    const queue = Array.from({ length: 1000 }, (_, i) => i)
    const started: number[] = []
    const released: number[] = []
    const worker = createQueueWorker<number>({
      name: 'test',
      batchSize: 50,
      concurrency: 4,
      pollMs: 60_000,
      claim: async (limit) => queue.splice(0, limit),
      release: async (items) => {
        released.push(...items)
      },
      run: async (item) => {
        started.push(item)
        await new Promise((r) => setTimeout(r, 2))
      },
      onError: async () => {},
    })
    worker.start()
    worker.kick()
    while (started.length < 10) await new Promise((r) => setTimeout(r, 1))
    await worker.stop()
    expect(released.length).toBeGreaterThan(0)
    expect(released.filter((i) => started.includes(i))).toEqual([])
    // every claimed item either ran or was given back
    const claimed = 1000 - queue.length
    expect(started.length + released.length).toBe(claimed)
  })

  it('stops even while told to step back', async () => {
    const queue = Array.from({ length: 1000 }, (_, i) => i)
    let done = 0
    const worker = createQueueWorker<number>({
      name: 'test',
      batchSize: 50,
      concurrency: 4,
      pollMs: 60_000,
      stepBack: () => true,
      claim: async (limit) => queue.splice(0, limit),
      run: async () => {
        await new Promise((r) => setTimeout(r, 2))
        done++
      },
      onError: async () => {},
    })
    worker.start()
    worker.kick()
    while (done < 3) await new Promise((r) => setTimeout(r, 1))
    // the lanes told to step back must not wait out the burst: before, stop() never resolved here
    await worker.stop()
    expect(done).toBeLessThan(100)
  })
})
