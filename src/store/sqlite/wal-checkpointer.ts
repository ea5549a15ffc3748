/**
 * Moves SQLite's WAL checkpoints off the event loop. By default SQLite checkpoints inside whichever
 * commit pushes the WAL past 1,000 pages: that commit copies the pages back into the database file
 * and fsyncs it, stalling the gateway's event loop (and every request waiting on it) for several
 * milliseconds, the worst tail latency the token endpoint showed. Here the gateway's connection
 * never checkpoints (`wal_autocheckpoint = 0`) and a worker thread with its own connection runs a
 * PASSIVE checkpoint (it never blocks writers or readers) every `intervalMs`.
 *
 * If the thread cannot start or fails, automatic checkpoints are turned back on: the WAL never
 * grows without bound.
 *
 * @module
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { Database as BetterSqliteDatabase } from 'better-sqlite3'

export interface WalCheckpointer {
  /** Stops the thread (the connection's own checkpoint at close still runs). */
  stop(): Promise<void>
}

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000

// The thread's whole program: CommonJS (an eval'd worker), better-sqlite3 resolved by the parent.
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.modulePath)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 1000')
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message) })
  }
}, workerData.intervalMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export function startWalCheckpointer(database: BetterSqliteDatabase, file: string, intervalMs = 1000): WalCheckpointer {
  const fallBack = (): void => {
    try {
      if (database.open) database.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`)
    } catch {
      // closed meanwhile
    }
  }
  let worker: Worker
  try {
    const modulePath = createRequire(import.meta.url).resolve('better-sqlite3')
    worker = new Worker(THREAD, { eval: true, workerData: { file, intervalMs, modulePath } })
  } catch {
    return { stop: async () => undefined }
  }
  database.pragma('wal_autocheckpoint = 0')
  worker.unref()
  let stopped = false
  worker.on('message', (msg: { failed?: string }) => {
    if (msg.failed !== undefined) fallBack()
  })
  worker.on('error', fallBack)
  worker.on('exit', () => {
    if (!stopped) fallBack()
  })
  return {
    async stop() {
      if (stopped) return
      stopped = true
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      worker.postMessage('stop')
      await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 2000).unref())])
      await worker.terminate()
    },
  }
}
