/**
 * Pages AssemblyAI's whole transcript list (newest first, following `prev_url` to the end, not just
 * the first page) and yields the transcripts the gateway does not track that are older than the
 * cutoff and not already deleted. Only the last 90 days are listable upstream; older ones can only
 * be found through the gateway's own inventory.
 *
 * @module
 */
import { UpstreamError } from '../../errors.js'
import type { UpstreamListPage } from '../erasure-types.js'
import { backoffMs } from './backoff.js'
import type { EngineRuntime } from './engine-runtime.js'
import { DELETED_SENTINEL } from './erasure-steps.js'
import { classifyUpstreamFailure } from './upstream-failure.js'

export interface UntrackedBatch {
  listed: number
  due: string[]
}

export async function* untrackedDue(rt: EngineRuntime, cutoff: Date): AsyncGenerator<UntrackedBatch> {
  let page = await fetchPage(rt, { limit: 200 })
  for (;;) {
    const candidates = page.transcripts.filter((t) => t.audio_url !== DELETED_SENTINEL && parseCreated(t.created) <= cutoff.getTime())
    const tracked = await rt.jobs.isTracked(candidates.map((t) => t.id))
    yield { listed: page.transcripts.length, due: candidates.filter((t) => !tracked.has(t.id)).map((t) => t.id) }
    const prev = page.page_details.prev_url
    if (!prev || page.transcripts.length === 0) return
    page = await fetchPage(rt, prev)
  }
}

/** AssemblyAI's `created` is a naive UTC timestamp with microseconds. */
export function parseCreated(created: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,3})?\d*(Z|[+-]\d{2}:\d{2})?$/.exec(created)
  if (!m) return Number.POSITIVE_INFINITY // unreadable: never treated as old enough
  return Date.parse(`${m[1]}${m[2] ?? ''}${m[3] ?? 'Z'}`)
}

async function fetchPage(rt: EngineRuntime, what: { limit: number } | string): Promise<UpstreamListPage> {
  for (let attempt = 1; ; attempt++) {
    await rt.budget.acquire()
    try {
      return await rt.upstream.listTranscripts(what)
    } catch (error) {
      const failure = classifyUpstreamFailure(error)
      if (failure.kind === 'fatal') throw failure.error
      if (failure.kind !== 'retry' || attempt >= rt.options.maxAttempts) {
        throw new UpstreamError(`listing AssemblyAI transcripts failed: ${failure.kind === 'not_found' ? 'not found' : failure.reason}`, { cause: error })
      }
      if (failure.retryAfterMs !== undefined) rt.budget.pause(failure.retryAfterMs)
      await rt.sleep(failure.retryAfterMs ?? backoffMs(attempt, rt.random, rt.options.backoffBaseMs, rt.options.backoffCapMs))
    }
  }
}
