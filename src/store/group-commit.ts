/**
 * Group commit: writes requested in the same turn of the event loop go to the database together,
 * in one statement or transaction, and each caller's promise settles when its own write has been
 * committed (never before). Concurrent requests then share one commit instead of paying one each,
 * and batches are written one after another, in order.
 *
 * @module
 */

/** Writes a batch; returns one result per item, in the items' order. */
export type BatchWriter<Item, Result> = (items: readonly Item[]) => Promise<readonly Result[]>

interface Waiting<Item, Result> {
  readonly item: Item
  resolve(result: Result): void
  reject(error: unknown): void
}

/** How long background writes (queue work finishing) wait to share a commit. */
export const BACKGROUND_BATCH_DELAY_MS = 2

export interface GroupCommitOptions {
  /**
   * Wait this long for more items before writing (default 0: the end of the current event-loop
   * turn). For background writes whose callers are spread over many turns (queue work finishing
   * one by one), a few milliseconds gather tens of them into one commit.
   */
  readonly delayMs?: number
}

export function createGroupCommit<Item, Result>(write: BatchWriter<Item, Result>, batchLimit: number, options: GroupCommitOptions = {}): (item: Item) => Promise<Result> {
  const delayMs = options.delayMs ?? 0
  let waiting: Waiting<Item, Result>[] = []
  let scheduled = false
  // One batch in flight at a time: batches commit in the order they were asked for, and what
  // arrives while one is being written joins the next (larger batches under load).
  let writing = false

  const flush = async (): Promise<void> => {
    scheduled = false
    writing = true
    const batch = waiting.slice(0, batchLimit)
    waiting = waiting.slice(batch.length)
    try {
      const results = await write(batch.map((w) => w.item))
      batch.forEach((w, i) => w.resolve(results[i] as Result))
    } catch (error) {
      for (const w of batch) w.reject(error)
    } finally {
      writing = false
      if (waiting.length > 0) schedule()
    }
  }
  const schedule = (): void => {
    if (scheduled || writing) return
    scheduled = true
    // a full batch goes at once; otherwise wait for company (up to delayMs)
    if (delayMs > 0 && waiting.length < batchLimit) setTimeout(() => void flush(), delayMs)
    else setImmediate(() => void flush())
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      schedule()
    })
}
