/**
 * A small polling worker over a leased queue: claims a batch, runs each item, records success or a
 * retry with backoff. `kick()` wakes it at once (after an enqueue); it also polls, so work queued
 * by another instance or left by a crash is picked up.
 *
 * @module
 */
import type { Logger } from '../log/create-logger.js'

export interface QueueWorkerOptions<T> {
  name: string
  claim: (limit: number) => Promise<T[]>
  run: (item: T) => Promise<void>
  /** Gives back the items claimed but not started when the worker stops (else they wait for their lease to end). */
  release?: (items: T[]) => Promise<void>
  onError: (item: T, error: unknown) => Promise<void>
  pollMs?: number
  batchSize?: number
  /** Items run at once within a batch (their upstream calls overlap). */
  concurrency?: number
  /**
   * While this says so, only one item runs at a time (the others wait, re-checking every few ms):
   * the gateway says so during a burst of requests, so that answers go first. One item always
   * runs, so the work never stops.
   */
  stepBack?: () => boolean
  logger?: Logger
}

export interface QueueWorker {
  start(): void
  kick(): void
  /** Runs batches until the queue is empty (tests and the CLI use it). */
  drain(): Promise<number>
  /**
   * Stops: the lanes finish the items they hold and take no more, so a long backlog does not hold
   * up a shutdown; what was claimed but not started is released (`release`), or else taken again
   * when its lease ends.
   */
  stop(): Promise<void>
}

const STEP_BACK_MS = 5

export function createQueueWorker<T>(options: QueueWorkerOptions<T>): QueueWorker {
  const pollMs = options.pollMs ?? 1000
  const batchSize = options.batchSize ?? 20
  const concurrency = options.concurrency ?? 8
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined
  let stopped = true
  /** Set by stop(): the lanes finish the item they hold and take no more (the rest are released). */
  let stopping = false
  let again = false

  /**
   * Runs items until a claim comes back short (the queue is dry for now). The lanes pull from one
   * buffer, and the lane that finds it empty claims the next batch while the others are still
   * busy: no lane waits for the slowest item of a batch before the next batch starts.
   */
  const runUntilDry = async (): Promise<number> => {
    const buffer: T[] = []
    let claiming: Promise<void> | undefined
    let dry = false
    let claimFailure: { error: unknown } | undefined
    let total = 0
    // The next item, claiming a batch when the buffer is empty; undefined once dry or stopping.
    const take = async (): Promise<T | undefined> => {
      while (!stopping && !dry && buffer.length === 0) {
        claiming ??= options
          .claim(batchSize)
          .then(
            (items) => {
              buffer.push(...items)
              total += items.length
              if (items.length < batchSize) dry = true
            },
            (error: unknown) => {
              // Every lane finishes the item it has and stops; the failure is reported after.
              dry = true
              claimFailure = { error }
            },
          )
          .finally(() => {
            claiming = undefined
          })
        await claiming
      }
      return stopping ? undefined : buffer.shift()
    }
    // Several items at a time, yielding to the event loop before each: the work is CPU-heavy (PII
    // scans), and requests (webhook answers) must not queue behind a whole batch of it.
    const lane = async (laneIndex: number) => {
      for (;;) {
        while (laneIndex > 0 && !stopping && !(dry && buffer.length === 0) && options.stepBack?.() === true) await new Promise<void>((resolve) => setTimeout(resolve, STEP_BACK_MS))
        const item = await take()
        if (item === undefined) return
        await new Promise<void>((resolve) => setImmediate(resolve))
        try {
          await options.run(item)
        } catch (error) {
          await options.onError(item, error)
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, (_, i) => lane(i)))
    if (buffer.length > 0 && options.release) {
      const unstarted = buffer.splice(0)
      total -= unstarted.length
      await options.release(unstarted).catch((error: unknown) => options.logger?.error({ err: error, worker: options.name }, 'queue worker could not release its unstarted items: they wait for their lease'))
    }
    if (claimFailure) throw claimFailure.error
    return total
  }

  const tick = (): Promise<number> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      let total = 0
      try {
        do {
          again = false
          total += await runUntilDry()
        } while (again && !stopping)
      } catch (error) {
        options.logger?.error({ err: error, worker: options.name }, 'queue worker batch failed')
      } finally {
        running = undefined
      }
      return total
    })()
    return running
  }

  const schedule = () => {
    if (stopped) return
    timer = setTimeout(() => {
      void tick().finally(schedule)
    }, pollMs)
    timer.unref()
  }

  return {
    start() {
      if (!stopped) return
      stopped = false
      stopping = false
      schedule()
    },
    kick() {
      if (!stopped) void tick()
    },
    async drain() {
      let total = 0
      for (;;) {
        const n = await tick()
        total += n
        if (n === 0) return total
      }
    },
    async stop() {
      stopped = true
      stopping = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
