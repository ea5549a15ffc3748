/**
 * A small pool of worker threads that run the residual-PII field scan of finished transcripts.
 * Jobs go to the least busy thread; a thread that dies fails only its own jobs and is replaced.
 * Closing the pool fails what is still waiting (the durable queue retries those deliveries).
 *
 * @module
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { UpstreamError } from '../errors.js'
import type { FieldScanJob, FieldScanReply, TranscriptGist } from './field-scan-messages.js'
import type { FieldScanResult } from './scan-transcript-fields.js'

export interface FieldScanPool {
  scan(transcript: Record<string, unknown>): Promise<FieldScanResult>
  /**
   * Parses the upstream JSON text in a thread and scans it: the event loop neither parses the
   * transcript nor copies the object across. Rejects with an UpstreamError when the text is not a
   * JSON object, and with a plain Error when the threads are unavailable.
   */
  scanJson(json: string): Promise<{ gist: TranscriptGist; result: FieldScanResult }>
  close(): Promise<void>
}

/** One thread less than the machine has cores (at least one): the event loop keeps a core. */
export function defaultFieldScanThreads(): number {
  return Math.max(1, availableParallelism() - 1)
}

type Success = Extract<FieldScanReply, { result: FieldScanResult }>

interface Pending {
  resolve(reply: Success): void
  reject(error: Error): void
}

interface Thread {
  worker: Worker
  readonly pending: Map<number, Pending>
}

function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./field-scan-worker.js', import.meta.url))
  // Running from the TypeScript sources (tests, tsx): the thread registers tsx before loading it.
  const entry = new URL('./field-scan-worker.ts', import.meta.url).href
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`, { eval: true })
}

export function createFieldScanPool(threads = defaultFieldScanThreads()): FieldScanPool {
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError('a field-scan pool needs at least one thread')
  let nextId = 1
  let closed = false
  const pool: Thread[] = []

  const start = (thread: Thread): void => {
    thread.worker.on('message', (reply: FieldScanReply) => {
      const pending = thread.pending.get(reply.id)
      if (!pending) return
      thread.pending.delete(reply.id)
      if ('result' in reply) pending.resolve(reply)
      else if (reply.notJson === true) pending.reject(new UpstreamError(`AssemblyAI GET /v2/transcript/{id} answered with a body that is not JSON`, { logContext: { route: 'GET /v2/transcript/{id}' } }))
      else pending.reject(new Error(`residual-PII scan failed: ${reply.error}`))
    })
    const fail = (reason: string) => {
      for (const p of thread.pending.values()) p.reject(new Error(reason))
      thread.pending.clear()
    }
    thread.worker.on('error', (error) => fail(`residual-PII scan thread failed: ${error.message}`))
    thread.worker.on('exit', () => {
      fail('residual-PII scan thread stopped')
      if (!closed) {
        thread.worker = spawnWorker()
        start(thread)
      }
    })
    // An idle pool must not keep the process alive.
    thread.worker.unref()
  }
  for (let i = 0; i < threads; i++) {
    const thread: Thread = { worker: spawnWorker(), pending: new Map() }
    start(thread)
    pool.push(thread)
  }

  const submit = (job: FieldScanJob): Promise<Success> => {
    if (closed) return Promise.reject(new Error('the residual-PII scan pool is closed'))
    let target = pool[0] as Thread
    for (const thread of pool) if (thread.pending.size < target.pending.size) target = thread
    return new Promise<Success>((resolve, reject) => {
      target.pending.set(job.id, { resolve, reject })
      if (target.pending.size === 1) target.worker.ref()
      target.worker.postMessage(job)
    }).finally(() => {
      if (target.pending.size === 0) target.worker.unref()
    })
  }

  return {
    async scan(transcript) {
      return (await submit({ id: nextId++, transcript })).result
    },
    async scanJson(json) {
      const reply = await submit({ id: nextId++, json })
      if (reply.gist === undefined) throw new Error('residual-PII scan thread returned no transcript gist')
      return { gist: reply.gist, result: reply.result }
    },
    async close() {
      closed = true
      await Promise.all(pool.map((t) => t.worker.terminate()))
    },
  }
}
