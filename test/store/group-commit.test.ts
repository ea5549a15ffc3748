import { describe, expect, it } from 'vitest'
import { createGroupCommit } from '../../src/store/group-commit.js'

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('group commit', () => {
  it('writes the items asked for in one event-loop turn as one batch, each caller getting its own result', async () => {
    const batches: number[][] = []
    const write = createGroupCommit<number, number>(async (items) => {
      batches.push([...items])
      return items.map((i) => i * 10)
    }, 100)
    expect(await Promise.all([write(1), write(2), write(3)])).toEqual([10, 20, 30])
    expect(batches).toEqual([[1, 2, 3]])
  })

  it('with a delay, gathers items that arrive over several turns into one batch', async () => {
    const batches: number[][] = []
    const write = createGroupCommit<number, void>(async (items) => {
      batches.push([...items])
      return items.map(() => undefined)
    }, 100, { delayMs: 30 })
    const pending: Promise<void>[] = []
    for (let i = 0; i < 5; i++) {
      pending.push(write(i))
      await nextTurn()
    }
    await Promise.all(pending)
    expect(batches).toEqual([[0, 1, 2, 3, 4]])
  })

  it('without a delay, items of different turns go in different batches', async () => {
    const batches: number[][] = []
    const write = createGroupCommit<number, void>(async (items) => {
      batches.push([...items])
      return items.map(() => undefined)
    }, 100)
    const first = write(1)
    await first
    await write(2)
    expect(batches).toEqual([[1], [2]])
  })

  it('splits at the batch limit, writes batches one at a time and in order, and fails only the batch that failed', async () => {
    const batches: number[][] = []
    let inFlight = 0
    let most = 0
    const write = createGroupCommit<number, number>(async (items) => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise((r) => setTimeout(r, 5))
      inFlight--
      batches.push([...items])
      if (items.includes(3)) throw new Error('disk full')
      return [...items]
    }, 2, { delayMs: 1 })
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => write(i)))
    expect(batches).toEqual([[1, 2], [3, 4], [5]])
    expect(most).toBe(1)
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled'])
  })
})
