/**
 * The upstream v3 WebSocket URL for a proxied session: the browser may choose audio and turn
 * parameters, nothing else. Credentials (`token`), the ticket, webhook settings (which would send
 * unredacted transcripts elsewhere) and AssemblyAI-side redaction switches are never passed on.
 *
 * @module
 */

const PASSED_PARAMS: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['sample_rate', (v) => /^\d{4,5}$/.test(v) && Number(v) >= 8000 && Number(v) <= 48_000],
  ['encoding', (v) => v === 'pcm_s16le' || v === 'pcm_mulaw'],
  ['speech_model', (v) => /^[a-z0-9-]{1,64}$/.test(v)],
  ['format_turns', (v) => v === 'true' || v === 'false'],
  ['end_of_turn_confidence_threshold', (v) => /^(0(\.\d+)?|1(\.0+)?)$/.test(v)],
  ['vad_threshold', (v) => /^(0(\.\d+)?|1(\.0+)?)$/.test(v)],
  ['min_turn_silence', (v) => /^\d{1,6}$/.test(v)],
  ['max_turn_silence', (v) => /^\d{1,6}$/.test(v)],
  ['inactivity_timeout', (v) => /^\d{1,4}$/.test(v)],
  ['speaker_labels', (v) => v === 'true' || v === 'false'],
  ['max_speakers', (v) => /^\d{1,2}$/.test(v)],
  ['language_detection', (v) => v === 'true' || v === 'false'],
  ['keyterms_prompt', (v) => v.length <= 2500],
  ['prompt', (v) => v.length <= 2500],
])

export type UpstreamUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string }

export function buildUpstreamUrl(base: string, browserQuery: URLSearchParams): UpstreamUrlResult {
  const url = new URL(base)
  url.search = ''
  for (const [name, value] of browserQuery) {
    const check = PASSED_PARAMS.get(name)
    if (check === undefined) continue
    if (!check(value)) return { ok: false, reason: `Invalid parameter ${name}` }
    url.searchParams.set(name, value)
  }
  if (!url.searchParams.has('sample_rate')) url.searchParams.set('sample_rate', '16000')
  return { ok: true, url: url.toString() }
}
