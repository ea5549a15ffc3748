import { createRequire } from 'node:module'
import type * as TS from 'typescript'
import { describe, expect, it } from 'vitest'
import { checkCode } from '../../src/audit/index.js'
import { mayMatchCodeRules } from '../../src/audit/code-keywords.js'
import { createImportResolver } from '../../src/audit/internal/module-exports.js'

const ts = createRequire(import.meta.url)('typescript') as typeof TS

const rulesOf = (file: string, text: string, max = 600): string[] =>
  checkCode(ts, file, text, { maxTokenTtlSeconds: max }).findings.map((f) => f.rule).sort()

const SAFE = 'redact_pii: true, redact_pii_policies: ["person_name"], content_safety: true'

describe('transcript requests', () => {
  it('SDK transcribe without redact_pii and content_safety', () => {
    const code = `const client = new AssemblyAI({ apiKey: process.env.K! })\nawait client.transcripts.transcribe({ audio: url })\n`
    expect(rulesOf('src/a.ts', code)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })
  it('SDK submit/create with everything set is clean', () => {
    const code = `await client.transcripts.submit({ audio: url, ${SAFE} })\nawait client.transcripts.create({ audio_url: url, ${SAFE} })\n`
    expect(rulesOf('src/a.ts', code)).toEqual([])
  })
  it("an app's own table of transcripts (an ORM's transcripts.create) is no AssemblyAI request", () => {
    const orm = `const prisma = new PrismaClient()\nawait prisma.transcripts.create({ data: { id, userId, text } })\nconst row = { transcriptId: id, text }\nawait models.transcripts.create(row)\n`
    expect(rulesOf('src/db.ts', orm)).toEqual([])
    expect(checkCode(ts, 'src/db.ts', orm, { maxTokenTtlSeconds: 600 }).usesTranscripts).toBeUndefined()
    // the request names its audio, or its params are not known in full: still checked
    const sdk = `await client.transcripts.create({ audio_url: url })\nawait client.transcripts.transcribe({ ...defaults, speaker_labels: true })\n`
    expect(rulesOf('src/a.ts', sdk)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })
  it("another vendor's client (constructed, made by a factory or imported from its package) is not AssemblyAI's", () => {
    const rev = `import { SpeechClient } from '@acme-speech/node-sdk'\nconst client = new SpeechClient({ token: process.env.ACME_TOKEN })\nawait client.transcripts.transcribe({ audio: url })\n`
    expect(rulesOf('src/acme.ts', rev)).toEqual([])
    const factory = `const { createClient } = require('@otherspeech/sdk')\nconst sc = createClient(process.env.OTHER_KEY)\nconst jobs = sc.transcripts\nawait jobs.submit({ audio_url: url })\n`
    expect(rulesOf('src/other.js', factory)).toEqual([])
    const imported = `import { speech } from 'vendor-speech'\nawait speech.transcripts.create({ audio: url })\n`
    expect(rulesOf('src/v.ts', imported)).toEqual([])
    // AssemblyAI's SDK, a client of unknown origin, and a module of the app's own (which may wrap AssemblyAI) still count
    const aai = `import { AssemblyAI } from 'assemblyai'\nconst client = new AssemblyAI({ apiKey: process.env.K! })\nawait client.transcripts.transcribe({ audio: url })\n`
    expect(rulesOf('src/a.ts', aai)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    const own = `import { client } from '../lib/speech-client'\nawait client.transcripts.transcribe({ audio: url })\n`
    expect(rulesOf('src/b.ts', own)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    const scoped = `import { AssemblyAI } from '@company/assemblyai-wrapper'\nconst c = new AssemblyAI({ apiKey: k })\nawait c.transcripts.submit({ audio: url })\n`
    expect(rulesOf('src/c.ts', scoped)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })
  it('params passed through functions of the file called from one place each', () => {
    const chain = `const client = new AssemblyAI({ apiKey: process.env.K! })\nexport async function handleJob(job: Job) {\n  const base = { audio_url: job.url, language_code: 'en_us' }\n  return prepare(base, job.id)\n}\nfunction prepare(base: Base, id: string) {\n  const params = { ...base, content_safety: true }\n  return enqueue(params as TranscriptParams)\n}\nasync function enqueue(params: TranscriptParams) {\n  return (await client.transcripts.submit(params)).id\n}\n`
    expect(rulesOf('src/pipeline.ts', chain)).toEqual(['transcribe-without-redact-pii'])
    // a function called from two places, exported, or passed on takes values this file does not say
    const twice = chain.replace('return prepare(base, job.id)', 'await prepare(base, job.id)\n  return prepare({ ...base, redact_pii: true }, job.id)')
    expect(rulesOf('src/pipeline.ts', twice)).toEqual([])
    expect(rulesOf('src/pipeline.ts', chain.replace('async function enqueue', 'export async function enqueue'))).toEqual([])
    expect(rulesOf('src/pipeline.ts', chain.replace('return enqueue(params as TranscriptParams)', 'return [params].map(enqueue)'))).toEqual([])
  })
  it("an id where params would go, or another host's /v2/transcript, is an app's own service", () => {
    const own = `await transcripts.submit(draft.id)\nawait transcripts.transcribe(req.params.transcriptId, text)\nawait fetch('https://api.acme.example/v2/transcript', { method: 'POST', body: JSON.stringify({ audio_url: u }) })\n`
    expect(rulesOf('src/own.ts', own)).toEqual([])
    expect(checkCode(ts, 'src/own.ts', own, { maxTokenTtlSeconds: 600 }).usesTranscripts).toBeUndefined()
    // AssemblyAI's hosts, and a relative path (a proxy in front of it), still count
    expect(rulesOf('src/a.ts', `await fetch('https://api.eu.assemblyai.com/v2/transcript', { method: 'POST', body: JSON.stringify({ audio_url: u }) })\n`)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })
  it('a base URL joined to the path: a template with a constant, an HTTP client made with one', () => {
    const tpl = `const AAI_BASE = 'https://api.assemblyai.com/v2'\nawait ky.post(\`\${AAI_BASE}/transcript\`, { headers: h, json: { audio_url: u, redact_pii: true } }).json()\n`
    expect(rulesOf('src/a.ts', tpl)).toEqual(['content-safety-off'])
    const inst = `const aai = axios.create({ baseURL: 'https://api.assemblyai.com/v2', headers: h })\nawait aai.post('/transcript', { audio_url: u, speaker_labels: true })\nawait aai.delete('/transcript/' + id)\n`
    expect(rulesOf('src/a.ts', inst)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    expect(checkCode(ts, 'src/a.ts', inst, { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(true)
  })
  it("params a function of the file returns, and a conditional spread's keys", () => {
    const helper = `function build(audio: string, lang?: string) {\n  return { audio, language_code: lang ?? 'en', speaker_labels: true }\n}\nawait client.transcripts.transcribe(build(url, lang))\n`
    expect(rulesOf('src/a.ts', helper)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    const spread = `await client.transcripts.submit({ audio_url: u, ...(lang ? { language_code: lang } : { language_detection: true }), content_safety: true })\n`
    expect(rulesOf('src/a.ts', spread)).toEqual(['transcribe-without-redact-pii'])
    // a key one side of the condition sets is not known to be missing
    const maybe = `await client.transcripts.submit({ audio_url: u, ...(strict ? { redact_pii: true } : {}), ...(safe && { content_safety: true }) })\n`
    expect(rulesOf('src/a.ts', maybe)).toEqual([])
  })
  it('redact_pii: false is reported; params resolved through a variable and spreads', () => {
    const code = `const base = { content_safety: true }\nconst params = { ...base, audio: u, redact_pii: false }\nawait aai.transcripts.transcribe(params)\n`
    expect(rulesOf('src/a.ts', code)).toEqual(['transcribe-without-redact-pii'])
  })
  it('a later assignment params.redact_pii = true counts', () => {
    const code = `const params: Record<string, unknown> = { audio: u, content_safety: true }\nparams.redact_pii = true\nawait aai.transcripts.transcribe(params)\n`
    expect(rulesOf('src/a.ts', code)).toEqual([])
  })
  it('unknown params (function argument, unknown spread) are never guessed', () => {
    const code = `export async function go(p: Params, extra: object) {\n  await client.transcripts.transcribe(p)\n  await client.transcripts.transcribe({ ...extra, audio: u })\n}\n`
    expect(rulesOf('src/a.ts', code)).toEqual([])
  })
  it('a parameter is never resolved to a same-named value in another scope', () => {
    const code = [
      `async function a() {\n  const body = { audio_url: u }\n  await fetch('https://api.assemblyai.com/v2/transcript', { method: 'POST', body: JSON.stringify(body) })\n}`,
      `async function b(body: object) {\n  await fetch('https://api.assemblyai.com/v2/transcript', { method: 'POST', body: JSON.stringify(body) })\n}`,
      `async function c() {\n  for (const params of list) await client.transcripts.transcribe(params)\n}`,
      `const params = { audio: u }`,
    ].join('\n')
    const found = checkCode(ts, 'src/a.ts', code, { maxTokenTtlSeconds: 600 }).findings.map((f) => `${f.rule}:${f.line}`)
    // function a's own body, on line 3; nothing for b (a parameter) or c (a loop variable)
    expect(found.sort()).toEqual(['content-safety-off:3', 'transcribe-without-redact-pii:3'])
  })
  it('a module-level options object is seen from inside a function, and a nearer declaration wins', () => {
    const code = `const params = { audio: u, ${SAFE} }\nexport async function go() {\n  await client.transcripts.transcribe(params)\n}\nexport async function other() {\n  const params = { audio: u }\n  await client.transcripts.transcribe(params)\n}\n`
    const found = checkCode(ts, 'src/a.ts', code, { maxTokenTtlSeconds: 600 }).findings.map((f) => `${f.rule}:${f.line}`)
    expect(found.sort()).toEqual(['content-safety-off:7', 'transcribe-without-redact-pii:7'])
  })
  it('the transcripts service taken into a variable is still the transcripts service', () => {
    const code = `const t = client.transcripts\nawait t.transcribe({ audio: u })\nawait t.delete(id)\n`
    const result = checkCode(ts, 'src/a.ts', code, { maxTokenTtlSeconds: 600 })
    expect(result.findings.map((f) => f.rule).sort()).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    expect(result.deletesTranscripts).toBe(true)
  })
  it('raw POST to /v2/transcript with fetch and JSON.stringify', () => {
    const code = `await fetch('https://api.assemblyai.com/v2/transcript', {\n  method: 'POST',\n  headers: { authorization: process.env.K },\n  body: JSON.stringify({ audio_url: u, webhook_url: 'https://x.invalid/hook' }),\n})\n`
    expect(rulesOf('src/a.js', code)).toEqual(['content-safety-off', 'transcribe-without-redact-pii', 'webhook-without-auth'])
  })
  it("Node's https.request with hostname and path, the body written to the request later", () => {
    const call = (body: string): string =>
      `const https = require('node:https')\nfunction create(u) {\n  const body = JSON.stringify(${body})\n  const req = https.request({ hostname: 'api.assemblyai.com', path: '/v2/transcript', method: 'POST' }, (res) => res.resume())\n  req.write(body)\n  req.end()\n}\n`
    expect(rulesOf('lib/t.js', call('{ audio_url: u, punctuate: true }'))).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    expect(rulesOf('lib/t.js', call(`{ audio_url: u, ${SAFE} }`))).toEqual([])
    // another host's /v2/transcript, and a DELETE, are no request to create one
    expect(rulesOf('lib/t.js', call('{ audio_url: u }').replace('api.assemblyai.com', 'api.example.com'))).toEqual([])
    const del = checkCode(ts, 'lib/d.js', "const req = https.request({ hostname: 'api.assemblyai.com', path: `/v2/transcript/${id}`, method: 'DELETE' }, done)\nreq.end()\n", { maxTokenTtlSeconds: 600 })
    expect(del.deletesTranscripts).toBe(true)
    // ... and a temporary token's lifetime in its path
    expect(rulesOf('lib/token.ts', "const req = https.request({ hostname: 'streaming.assemblyai.com', path: '/v3/token?expires_in_seconds=86400', headers }, onToken)\nreq.end()\n")).toEqual(['token-ttl-too-long'])
    expect(rulesOf('lib/token.ts', "https.get('https://streaming.assemblyai.com/v3/token?expires_in_seconds=60', onToken)\n")).toEqual([])
    expect(rulesOf('lib/token.ts', "https.get('https://streaming.assemblyai.com/v3/token?expires_in_seconds=3600', { headers }, onToken)\n")).toEqual(['token-ttl-too-long'])
  })
  it('a body stringified into a constant first is read through it', () => {
    const code = `const body = JSON.stringify({ audio_url: u })\nawait fetch('https://api.assemblyai.com/v2/transcript', { method: 'POST', headers: h, body })\n`
    expect(rulesOf('src/a.ts', code)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    expect(rulesOf('src/a.ts', code.replace('audio_url: u', `audio_url: u, ${SAFE}`))).toEqual([])
  })
  it('raw POST with axios.post and a template URL', () => {
    const code = `await axios.post(\`\${BASE}/v2/transcript\`, { audio_url: u, ${SAFE}, webhook_url: w, webhook_auth_header_name: 'X-Hook', webhook_auth_header_value: s })\n`
    expect(rulesOf('src/a.ts', code)).toEqual([])
  })
  it('got and ky send the body as `json` in an options object; axios takes the body itself', () => {
    const hook = "webhook_url: w, webhook_auth_header_name: 'X-Hook', webhook_auth_header_value: s"
    expect(rulesOf('src/a.ts', `await got.post(\`\${BASE}/v2/transcript\`, { headers, json: { audio_url: u, ${SAFE}, ${hook} } })\n`)).toEqual([])
    expect(rulesOf('src/a.ts', `await got.post(\`\${BASE}/v2/transcript\`, { headers, json: { audio_url: u, ${SAFE}, webhook_url: w } })\n`)).toEqual(['webhook-without-auth'])
    expect(rulesOf('src/a.ts', `await ky.post('https://api.assemblyai.com/v2/transcript', { headers: { authorization: k }, json: { audio_url: u } })\n`)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    // an axios body that happens to hold `headers` but no `json`/`body`/`data` is still the body
    expect(rulesOf('src/a.ts', `await axios.post('https://api.assemblyai.com/v2/transcript', { audio_url: u, ${SAFE}, headers: 1 })\n`)).toEqual([])
  })
  it('a server route handler for POST /v2/transcript is not a request', () => {
    const code = `app.post('/v2/transcript', async (c) => c.json({ id: '1' }))\n`
    expect(rulesOf('src/server.ts', code)).toEqual([])
  })
  it('a GET of /v2/transcript/{id} is not a transcript request', () => {
    expect(rulesOf('src/a.ts', 'await fetch(`${base}/v2/transcript/${id}`, { headers })\n')).toEqual([])
  })
  it('webhook_url without webhook_auth_header_name', () => {
    const code = `await client.transcripts.submit({ audio: u, ${SAFE}, webhook_url: 'https://x.invalid/h' })\n`
    expect(rulesOf('src/a.ts', code)).toEqual(['webhook-without-auth'])
  })
  it('redact_pii_return_unredacted: true anywhere', () => {
    const code = `const opts = { redact_pii_return_unredacted: true }\n`
    expect(rulesOf('src/a.ts', code)).toEqual(['unredacted-requested'])
    expect(rulesOf('src/a.ts', 'const opts = { redact_pii_return_unredacted: false }\n')).toEqual([])
  })
})

describe('temporary tokens', () => {
  it('createTemporaryToken above 600 s, including computed values', () => {
    expect(rulesOf('src/t.ts', 'await client.streaming.createTemporaryToken({ expires_in_seconds: 3600 })\n')).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', 'const TTL = 60 * 60\nawait client.streaming.createTemporaryToken({ expires_in_seconds: TTL })\n')).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', 'await client.streaming.createTemporaryToken({ expires_in_seconds: 60 })\n')).toEqual([])
  })
  it("a parameter's default is the TTL of a call that passes none; a parameter without one is unknown", () => {
    const mint = (params: string): string => `export async function mint(${params}) {\n  return client.streaming.createTemporaryToken({ expires_in_seconds: ttl })\n}\n`
    expect(rulesOf('src/t.ts', mint('ttl = 24 * 60 * 60'))).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', mint('ttl = 3_600'))).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', mint('ttl = 10 * 60'))).toEqual([])
    expect(rulesOf('src/t.ts', mint('ttl: number'))).toEqual([])
    // a nearer binding of the name decides, not an outer function's parameter
    expect(rulesOf('src/t.ts', `function outer(ttl = 3600) {\n  return (ttl: number) => client.streaming.createTemporaryToken({ expires_in_seconds: ttl })\n}\n`)).toEqual([])
    // defaults count for numbers only: a params object defaulted in a signature is not taken for the request
    expect(rulesOf('src/a.ts', `async function go(params = { audio: u }) {\n  return client.transcripts.transcribe(params)\n}\n`)).toEqual([])
  })
  it('honours a configured maximum', () => {
    expect(rulesOf('src/t.ts', 'await client.streaming.createTemporaryToken({ expires_in_seconds: 300 })\n', 120)).toEqual(['token-ttl-too-long'])
  })
  it('raw token request with a query string or params, not a string passed to something else', () => {
    expect(rulesOf('src/t.ts', "await fetch('https://streaming.assemblyai.com/v3/token?expires_in_seconds=3600', { headers })\n")).toEqual(['token-ttl-too-long'])
    // the v2 real-time token takes `expires_in` in its JSON body
    expect(rulesOf('src/t.ts', "await axios.post('https://api.assemblyai.com/v2/realtime/token', { expires_in: 3600 }, { headers })\n")).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', "await fetch('https://api.assemblyai.com/v2/realtime/token', { method: 'POST', headers, body: JSON.stringify({ expires_in: 3600 }) })\n")).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', "await axios.post('https://api.assemblyai.com/v2/realtime/token', { expires_in: 60 }, { headers })\n")).toEqual([])
    expect(rulesOf('src/t.ts', "await axios.get('https://streaming.assemblyai.com/v3/token', { params: { expires_in_seconds: 900 } })\n")).toEqual(['token-ttl-too-long'])
    // a lifetime written as a string, as queries hold them; also given to the SDK
    expect(rulesOf('src/t.ts', "await axios.get('https://streaming.assemblyai.com/v3/token', { params: { expires_in_seconds: '900' } })\n")).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', "await client.streaming.createTemporaryToken({ expires_in_seconds: '3600' })\n")).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/t.ts', "log('https://streaming.assemblyai.com/v3/token?expires_in_seconds=3600')\n")).toEqual([])
  })
})

describe("a class's field read through this (blind corpus C13)", () => {
  const service = (field: string, method = '') => `import { AssemblyAI } from 'assemblyai'\nexport class TranscriptionService {\n  private readonly client = new AssemblyAI({ apiKey: process.env.K! })\n  ${field}\n${method}  async transcribe(audio: string) {\n    const params = { ...this.defaults, audio }\n    return this.client.transcripts.transcribe(params)\n  }\n}\n`
  it('is its initializer when nothing else assigns it', () => {
    expect(rulesOf('src/services/t.ts', service('private readonly defaults = { speaker_labels: true, content_safety: true }'))).toEqual(['transcribe-without-redact-pii'])
    expect(rulesOf('src/services/t.ts', service(`private defaults = { ${SAFE} }`))).toEqual([])
    // a field set again in a method is unknown: nothing is guessed
    const setter = '  configure(d: object) {\n    this.defaults = d\n  }\n'
    expect(rulesOf('src/services/t.ts', service('private defaults = { speaker_labels: true }', setter))).toEqual([])
  })
})

describe('streaming transcriber in browser code', () => {
  it("a SvelteKit module importing the public environment ($env/static/public) is browser code", () => {
    const code = "import { PUBLIC_ASSEMBLYAI_KEY } from '$env/static/public'\nimport { RealtimeTranscriber } from 'assemblyai'\nexport const t = new RealtimeTranscriber({ apiKey: PUBLIC_ASSEMBLYAI_KEY })\n"
    expect(rulesOf('src/lib/stores/captions.ts', code)).toEqual(['streaming-key-in-browser'])
  })
  const withKey = `import { StreamingTranscriber } from 'assemblyai'\nconst t = new StreamingTranscriber({ apiKey: key, sampleRate: 16000 })\n`
  it('is reported in a "use client" file, a .tsx file or code using window', () => {
    expect(rulesOf('lib/live.ts', `'use client'\n${withKey}`)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('lib/Live.tsx', withKey)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('lib/live.ts', `${withKey}window.addEventListener('load', go)\n`)).toEqual(['streaming-key-in-browser'])
  })
  it('is not reported with a token, or in server code', () => {
    expect(rulesOf('lib/Live.tsx', `const t = new StreamingTranscriber({ token, sampleRate: 16000 })\n`)).toEqual([])
    expect(rulesOf('server/live.ts', withKey)).toEqual([])
    // Next.js API routes and route handlers, SvelteKit server modules: server code in a browser-looking folder
    expect(rulesOf('pages/api/stream.ts', withKey)).toEqual([])
    expect(rulesOf('app/api/live/route.ts', withKey)).toEqual([])
    expect(rulesOf('src/routes/live/+page.server.ts', withKey)).toEqual([])
    expect(rulesOf('app/live/page.tsx', withKey)).toEqual(['streaming-key-in-browser'])
    // a client-side API wrapper folder is not server code, nor is a JSX file anywhere
    expect(rulesOf('src/api/live.ts', `${withKey}window.addEventListener('load', go)\n`)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('server/Live.tsx', withKey)).toEqual(['streaming-key-in-browser'])
  })
  it("is not reported in a Node script beside the app's code (it imports Node's own modules)", () => {
    const script = `import { readFileSync } from 'node:fs'\n${withKey}t.sendAudio(readFileSync(process.argv[2]))\n`
    expect(rulesOf('apps/web/src/tools/record-fixture.ts', script)).toEqual([])
    expect(rulesOf('web/scripts/replay.js', script.replace("import { readFileSync } from 'node:fs'", "const { readFileSync } = require('fs')"))).toEqual([])
    // a page may import them for its server-side data function, and still render in the browser
    expect(rulesOf('pages/live.js', script)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('src/components/Live.tsx', script)).toEqual(['streaming-key-in-browser'])
    // browser signals in the file win
    expect(rulesOf('apps/web/src/tools/record-fixture.ts', `${script}window.addEventListener('load', go)\n`)).toEqual(['streaming-key-in-browser'])
  })
  it('a raw streaming socket carrying the API key, and a client made with the key calling the streaming factory', () => {
    expect(rulesOf('src/App.jsx', 'const ws = new WebSocket(`wss://streaming.assemblyai.com/v3/ws?sample_rate=16000&token=${process.env.REACT_APP_ASSEMBLYAI_API_KEY}`)\n')).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('public/live.js', "const ASSEMBLYAI_API_KEY = window.cfg.k\nconst url = 'wss://streaming.assemblyai.com/v3/ws?token=' + ASSEMBLYAI_API_KEY\nconst ws = new WebSocket(url)\n")).toEqual(['streaming-key-in-browser'])
    const factory = "import { AssemblyAI } from 'assemblyai'\nconst client = new AssemblyAI({ apiKey: import.meta.env.PUBLIC_ASSEMBLYAI_API_KEY })\nconst t = client.streaming.transcriber({ sampleRate: 16_000 })\n"
    expect(rulesOf('src/components/LiveMic.tsx', factory)).toEqual(['streaming-key-in-browser'])
    // a temporary token in the socket's URL or given to the factory; the key's socket in server code
    expect(rulesOf('src/App.jsx', 'const { token } = await (await fetch("/api/token")).json()\nconst ws = new WebSocket(`wss://streaming.assemblyai.com/v3/ws?sample_rate=16000&token=${token}`)\n')).toEqual([])
    expect(rulesOf('src/components/LiveMic.tsx', factory.replace('sampleRate: 16_000', 'sampleRate: 16_000, token'))).toEqual([])
    expect(rulesOf('server/relay.ts', "import WebSocket from 'ws'\nconst ws = new WebSocket(`wss://streaming.assemblyai.com/v3/ws?token=${apiKey}`)\n")).toEqual([])
  })
  it('a token TTL converted to a string, and a socket URL whose endpoint a constant holds', () => {
    const ttl = `const TTL = 15 * 60\nconst qs = new URLSearchParams({ expires_in_seconds: String(TTL) })\nawait fetch(\`https://streaming.assemblyai.com/v3/token?\${qs}\`, { headers: { Authorization: process.env.K } })\n`
    expect(rulesOf('src/token.ts', ttl)).toEqual(['token-ttl-too-long'])
    const socket = `const STREAMING_URL = 'wss://streaming.assemblyai.com/v3/ws'\nexport function open() {\n  const apiKey = import.meta.env.VITE_ASSEMBLYAI_API_KEY\n  return new WebSocket(\`\${STREAMING_URL}?sample_rate=16000&token=\${apiKey}\`)\n}\n`
    expect(rulesOf('src/components/live.tsx', socket)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('src/components/live.tsx', socket.replace('token=${apiKey}', 'token=${tempToken}'))).toEqual([])
  })
  it('a token request whose query is built apart (URLSearchParams)', () => {
    const code = "const params = new URLSearchParams({ expires_in_seconds: '7200', max_session_duration_seconds: '10800' })\nconst r = await fetch(`https://streaming.assemblyai.com/v3/token?${params}`, { headers })\n"
    expect(rulesOf('src/pages/api/token.ts', code)).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/pages/api/token.ts', code.replace("'7200'", "'600'"))).toEqual([])
  })
  it('follows the class imported or held under another name', () => {
    const aliased = "import { RealtimeTranscriber as RT } from 'assemblyai'\nexport const t = new RT({ apiKey: key })\n"
    expect(rulesOf('src/Live.tsx', aliased)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('src/Live.tsx', "const { StreamingTranscriber: ST } = require('assemblyai')\nconst t = new ST({ apiKey: key })\n")).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('src/Live.tsx', "import * as aai from 'assemblyai'\nconst Cls = aai.StreamingTranscriber\nconst t = new Cls({ apiKey: key })\n")).toEqual(['streaming-key-in-browser'])
    // another class under a name, or the streaming class with a token
    expect(rulesOf('src/Live.tsx', "import { Socket as RT } from 'net-lib'\nconst t = new RT({ apiKey: key })\n")).toEqual([])
    expect(rulesOf('src/Live.tsx', aliased.replace('apiKey: key', 'token'))).toEqual([])
  })
  it("a single-page app's src/ is browser code, unless the file imports Node's modules", () => {
    const check = (file: string, text: string): string[] => checkCode(ts, file, text, { maxTokenTtlSeconds: 600, spaSource: true }).findings.map((f) => f.rule)
    expect(check('src/lib/stream.ts', withKey)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('src/lib/stream.ts', withKey)).toEqual([])
    expect(check('src/lib/stream.ts', `import { readFileSync } from 'node:fs'\n${withKey}`)).toEqual([])
    expect(check('src/lib/stream.ts', `import WebSocket from 'ws'\n${withKey}`)).toEqual([])
    expect(check('src/server/relay.ts', withKey)).toEqual([])
  })
  it('is reported in Vue and Svelte components, and where a bundler-inlined public variable is read', () => {
    const vue = `<template>\n  <button @click="start">Start</button>\n</template>\n\n<script setup lang="ts">\nimport { StreamingTranscriber } from 'assemblyai'\nconst t = new StreamingTranscriber({\n  apiKey: import.meta.env.VITE_ASSEMBLYAI_API_KEY,\n})\n</script>\n`
    const found = checkCode(ts, 'src/App.vue', vue, { maxTokenTtlSeconds: 600 }).findings
    expect(found.map((f) => `${f.rule}:${f.line}`)).toEqual(['streaming-key-in-browser:7'])
    const svelte = `<script>\n  import { StreamingTranscriber } from 'assemblyai'\n  export let data\n  const t = new StreamingTranscriber({ apiKey: data.apiKey, sampleRate: 16000 })\n</script>\n\n<h1>Live</h1>\n`
    expect(rulesOf('src/routes/live/+page.svelte', svelte)).toEqual(['streaming-key-in-browser'])
    expect(rulesOf('src/routes/live/+page.svelte', svelte.replace('apiKey: data.apiKey', 'token: data.token'))).toEqual([])
    expect(rulesOf('src/lib/live.ts', `${withKey.replace('apiKey: key', 'apiKey: import.meta.env.VITE_AAI_KEY')}`)).toEqual(['streaming-key-in-browser'])
    // the other rules read components too
    expect(rulesOf('src/Upload.vue', `<script>\nawait client.transcripts.transcribe({ audio: u, ${SAFE} })\n</script>\n`)).toEqual([])
    expect(rulesOf('src/Upload.vue', `<script>\nawait client.transcripts.transcribe({ audio: u })\n</script>\n`)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })
})

describe('retention facts', () => {
  it('a transcript request is recorded, and deletes are recognised', () => {
    const r1 = checkCode(ts, 'src/a.ts', `await client.transcripts.transcribe(p)\n`, { maxTokenTtlSeconds: 600 })
    expect(r1.usesTranscripts).toMatchObject({ file: 'src/a.ts', line: 1 })
    expect(r1.deletesTranscripts).toBe(false)
    expect(checkCode(ts, 'src/b.ts', `await client.transcripts.delete(id)\n`, { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(true)
    expect(checkCode(ts, 'src/c.ts', "await fetch(`${base}/v2/transcript/${id}`, { method: 'DELETE' })\n", { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(true)
  })

  it("an app's own model or REST client of transcripts, in a file that never names AssemblyAI, creates none", () => {
    const facts = (text: string) => checkCode(ts, 'src/dao.ts', text, { maxTokenTtlSeconds: 600 }).usesTranscripts
    expect(facts('export class Dao {\n  constructor(private readonly transcripts = Transcript) {}\n  create(doc) { return this.transcripts.create(doc) }\n}\n')).toBeUndefined()
    expect(facts("const request = (p, i) => fetch(`${API}${p}`, i)\nexport const create = (body) => request('/v2/transcript', { method: 'POST', body: JSON.stringify(body) })\n")).toBeUndefined()
    // ... while the same call names AssemblyAI's audio, or the file names AssemblyAI
    expect(facts('await this.transcripts.create({ audio_url: u })\n')).toMatchObject({ line: 1 })
    expect(facts("import { client } from '@/lib/assemblyai'\nawait client.transcripts.create(params)\n")).toMatchObject({ line: 2 })
    // an ORM's delete of the app's own row (the SDK's delete takes the id) deletes no AssemblyAI transcript
    expect(checkCode(ts, 'src/db.ts', 'await db.transcripts.delete({ where: { id } })\n', { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(false)
    expect(checkCode(ts, 'src/db.ts', 'await client.transcripts.delete(transcript.id)\n', { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(true)
  })
})

describe("values imported from the app's own modules", () => {
  /** Code rules on `main` with the other files of an in-memory tree readable as modules. */
  const withModules = (file: string, main: string, modules: Record<string, string>, max = 600): string[] => {
    const reads: string[] = []
    const resolveImport = createImportResolver(ts, (path) => {
      reads.push(path)
      return modules[path]
    })
    return checkCode(ts, file, main, { maxTokenTtlSeconds: max, resolveImport }).findings.map((f) => f.rule).sort()
  }
  const submit = (from: string) => `import { AssemblyAI } from 'assemblyai'\nimport { baseParams } from '${from}'\nconst client = new AssemblyAI({ apiKey: process.env.K! })\nawait client.transcripts.submit({ ...baseParams, audio: url })\n`

  it("a JSON module imported by default is read as its value (blind corpus C13)", () => {
    const main = "import { AssemblyAI } from 'assemblyai'\nimport cfg from './aai.json'\nconst client = new AssemblyAI({ apiKey: process.env.K! })\nawait client.transcripts.submit({ ...cfg, audio: url })\n"
    expect(withModules('src/jobs/run.ts', main, { 'src/jobs/aai.json': '{\n  "speaker_labels": true,\n  "content_safety": true\n}\n' })).toEqual(['transcribe-without-redact-pii'])
    expect(withModules('src/jobs/run.ts', main, { 'src/jobs/aai.json': '{ "redact_pii": true, "redact_pii_policies": ["person_name"], "content_safety": true }' })).toEqual([])
    expect(withModules('src/jobs/run.ts', main, { 'src/jobs/aai.json': 'not json {' })).toEqual([])
  })

  it('an exported constant of a relative module is read, with the extensions and index files TypeScript resolves', () => {
    const lacking = `export const baseParams = { speech_model: 'best', content_safety: true }\n`
    expect(withModules('src/jobs/run.ts', submit('../aai/config'), { 'src/aai/config.ts': lacking })).toEqual(['transcribe-without-redact-pii'])
    expect(withModules('src/jobs/run.ts', submit('../aai/config.js'), { 'src/aai/config.ts': lacking })).toEqual(['transcribe-without-redact-pii'])
    expect(withModules('src/jobs/run.ts', submit('../aai'), { 'src/aai/index.ts': lacking })).toEqual(['transcribe-without-redact-pii'])
    expect(withModules('src/run.mjs', submit('./config.mjs'), { 'src/config.mjs': lacking })).toEqual(['transcribe-without-redact-pii'])
    // Deno's and Bun's imports name the TypeScript file itself (blind set AG)
    expect(withModules('supabase/functions/transcribe/index.ts', submit('../_shared/aai.ts'), { 'supabase/functions/_shared/aai.ts': lacking })).toEqual(['transcribe-without-redact-pii'])
    const safe = `export const baseParams = {\n  redact_pii: true,\n  redact_pii_policies: ['person_name'],\n  content_safety: true,\n} as const\n`
    expect(withModules('src/jobs/run.ts', submit('../aai/config'), { 'src/aai/config.ts': safe })).toEqual([])
    // without the module (or without a reader), the spread stays unknown and nothing is guessed
    expect(withModules('src/jobs/run.ts', submit('../aai/config'), {})).toEqual([])
    expect(rulesOf('src/jobs/run.ts', submit('../aai/config'))).toEqual([])
  })

  it('re-exports, a namespace import, a default export and a local export list are followed', () => {
    const lacking = 'const base = { audio_url: url, redact_pii: true }\nexport { base as baseParams }\n'
    expect(withModules('src/run.ts', submit('./config'), { 'src/config.ts': lacking })).toEqual(['content-safety-off'])
    const barrel = { 'src/aai/index.ts': "export * from './options'\n", 'src/aai/options.ts': "export { baseParams } from './defaults'\n", 'src/aai/defaults.ts': 'export const baseParams = { content_safety: true }\n' }
    expect(withModules('src/run.ts', submit('./aai'), barrel)).toEqual(['transcribe-without-redact-pii'])
    const ns = `import * as aaiConfig from './aai-config'\nawait client.transcripts.transcribe({ ...aaiConfig.baseParams, audio })\n`
    expect(withModules('src/run.ts', ns, { 'src/aai-config.ts': 'export const baseParams = { redact_pii: false, content_safety: true }\n' })).toEqual(['transcribe-without-redact-pii'])
    const def = `import defaults from './defaults'\nawait client.transcripts.transcribe({ ...defaults, audio })\n`
    expect(withModules('src/run.ts', def, { 'src/defaults.ts': 'export default { redact_pii: true }\n' })).toEqual(['content-safety-off'])
    expect(withModules('src/run.ts', def, { 'src/defaults.ts': 'const d = { redact_pii: true, content_safety: true }\nexport default d\n' })).toEqual([])
  })

  it('an imported function that returns the params, a TTL constant and a base URL', () => {
    const build = `import { buildParams } from './params'\nawait client.transcripts.submit(buildParams(url))\n`
    expect(withModules('src/run.ts', build, { 'src/params.ts': 'export function buildParams(audio: string) {\n  return { audio, content_safety: true }\n}\n' })).toEqual(['transcribe-without-redact-pii'])
    expect(withModules('src/run.ts', build, { 'src/params.ts': 'export const buildParams = (audio: string) => ({ audio, redact_pii: true, content_safety: true })\n' })).toEqual([])
    const token = `import { TOKEN_TTL_SECONDS } from '../config/limits'\nexport const mint = () => client.streaming.createTemporaryToken({ expires_in_seconds: TOKEN_TTL_SECONDS })\n`
    expect(withModules('src/api/token.ts', token, { 'src/config/limits.ts': 'export const TOKEN_TTL_SECONDS = 60 * 60\n' })).toEqual(['token-ttl-too-long'])
    expect(withModules('src/api/token.ts', token, { 'src/config/limits.ts': 'export const TOKEN_TTL_SECONDS = 300\n' })).toEqual([])
    const raw = "import { AAI_BASE } from './constants'\nawait fetch(`${AAI_BASE}/v2/transcript`, { method: 'POST', headers, body: JSON.stringify({ audio_url: u, redact_pii: true }) })\n"
    expect(withModules('src/raw.ts', raw, { 'src/constants.ts': "export const AAI_BASE = 'https://api.assemblyai.com'\n" })).toEqual(['content-safety-off'])
    // the same path on the app's own host is its own service
    expect(withModules('src/raw.ts', raw, { 'src/constants.ts': "export const AAI_BASE = 'https://transcripts.internal.example'\n" })).toEqual([])
  })

  it('what the file sets on an imported object counts, and nothing is read that may differ at run time', () => {
    const config = { 'src/config.ts': 'export const baseParams = { audio_url: url }\n' }
    const mutated = `import { baseParams } from './config'\nbaseParams.redact_pii = true\nbaseParams.content_safety = true\nawait client.transcripts.submit(baseParams)\n`
    expect(withModules('src/run.ts', mutated, config)).toEqual([])
    // a \`let\` export may be reassigned; a package's module is not the app's; a type-only import binds no value
    expect(withModules('src/run.ts', submit('./config'), { 'src/config.ts': 'export let baseParams = { content_safety: true }\n' })).toEqual([])
    expect(withModules('src/run.ts', submit('aai-defaults'), { 'aai-defaults.ts': 'export const baseParams = {}\n', 'node_modules/aai-defaults/index.js': 'export const baseParams = {}\n' })).toEqual([])
    // a path that climbs out of the scanned root is never read
    const reads: string[] = []
    const resolveImport = createImportResolver(ts, (path) => {
      reads.push(path)
      return undefined
    })
    checkCode(ts, 'src/run.ts', submit('../../../etc/config'), { maxTokenTtlSeconds: 600, resolveImport })
    // (only the config files that say where a package's import could point: "assemblyai" itself is no file of the app)
    expect(reads.filter((r) => !/(?:^|\/)(?:ts|js)config\.json$/.test(r))).toEqual([])
  })

  it("a client made in another module of the app from another vendor's SDK is not AssemblyAI's", () => {
    const call = "import { client } from '../lib/speech-client'\nawait client.transcripts.transcribe({ audio: url })\n"
    const other = { 'lib/speech-client.ts': "import { SpeechClient } from '@acme-speech/node-sdk'\nexport const client = new SpeechClient({ token: process.env.ACME_TOKEN })\n" }
    expect(withModules('src/b.ts', call, other)).toEqual([])
    const aai = { 'lib/speech-client.ts': "import { AssemblyAI } from 'assemblyai'\nexport const client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY! })\n" }
    expect(withModules('src/b.ts', call, aai)).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })

  it("a client made from a class the app declares itself, naming no AssemblyAI, is the app's own service", () => {
    const call = "import { SpeechmaticsClient } from './speechmatics'\nconst sm = new SpeechmaticsClient(process.env.SPEECHMATICS_API_KEY!)\nexport const run = (audio: string) => sm.transcripts.submit({ audio })\n"
    const adapter = 'export class SpeechmaticsClient {\n  constructor(private readonly apiKey: string) {}\n  transcripts = { submit: async (params: { audio: string }) => fetch("https://asr.example/v2/jobs", { method: "POST", body: JSON.stringify(params) }) }\n}\n'
    expect(withModules('src/fallback/index.ts', call, { 'src/fallback/speechmatics.ts': `// the same shape as the AssemblyAI SDK\n${adapter}` })).toEqual([])
    // declared in the same file
    expect(rulesOf('src/fallback/index.ts', adapter + call.split('\n').slice(1).join('\n'))).toEqual([])
    // a class that wraps or extends the SDK is AssemblyAI's
    const wrapper = "import { AssemblyAI } from 'assemblyai'\nexport class SpeechmaticsClient extends AssemblyAI {}\n"
    expect(withModules('src/fallback/index.ts', call, { 'src/fallback/speechmatics.ts': wrapper })).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
  })

  it("a tsconfig's path aliases and baseUrl lead to the app's modules (the nearest config, comments allowed)", () => {
    const lacking = 'export const baseParams = { content_safety: true }\n'
    const nextApp = {
      'apps/web/tsconfig.json': '{\n  // create-next-app\n  "compilerOptions": { "paths": { "@/*": ["./src/*"] } }\n}\n',
      'apps/web/src/lib/aai.ts': lacking,
    }
    expect(withModules('apps/web/src/app/api/run/route.ts', submit('@/lib/aai'), nextApp)).toEqual(['transcribe-without-redact-pii'])
    const baseUrl = { 'jsconfig.json': '{ "compilerOptions": { "baseUrl": "src" } }', 'src/lib/aai/index.js': lacking }
    expect(withModules('src/jobs/run.js', submit('lib/aai'), baseUrl)).toEqual(['transcribe-without-redact-pii'])
    // an alias with no file behind it, or no config at all, stays unknown
    expect(withModules('apps/web/src/app/page.ts', submit('@/lib/missing'), nextApp)).toEqual([])
    expect(withModules('src/run.ts', submit('@/lib/aai'), { 'src/lib/aai.ts': lacking })).toEqual([])
    // an alias pointing out of the scanned root is not followed
    expect(withModules('src/run.ts', submit('@up/aai'), { 'tsconfig.json': '{ "compilerOptions": { "paths": { "@up/*": ["../../*"] } } }' })).toEqual([])
  })

  it('CommonJS: require of the app\'s modules, destructured or as a whole, and their module.exports', () => {
    const call = (req: string, spread: string) => `const { AssemblyAI } = require('assemblyai')\n${req}\nconst client = new AssemblyAI({ apiKey: process.env.K })\nclient.transcripts.submit({ ...${spread}, audio: url })\n`
    const objectExport = { 'src/aai-defaults.js': "module.exports = { baseParams: { redact_pii: true } }\n" }
    expect(withModules('src/job.js', call("const { baseParams } = require('./aai-defaults')", 'baseParams'), objectExport)).toEqual(['content-safety-off'])
    expect(withModules('src/job.js', call("const cfg = require('./aai-defaults.js')", 'cfg.baseParams'), objectExport)).toEqual(['content-safety-off'])
    const propertyExport = { 'src/aai-defaults.js': 'exports.baseParams = { redact_pii: true, content_safety: true }\n' }
    expect(withModules('src/job.js', call("const { baseParams: defaults } = require('./aai-defaults')", 'defaults'), propertyExport)).toEqual([])
    const shorthand = { 'src/aai-defaults.js': 'const baseParams = { content_safety: true }\nmodule.exports = { baseParams }\n' }
    expect(withModules('src/job.js', call("const { baseParams } = require('./aai-defaults')", 'baseParams'), shorthand)).toEqual(['transcribe-without-redact-pii'])
    // a package's module is not read
    expect(withModules('src/job.js', call("const { baseParams } = require('aai-defaults')", 'baseParams'), { 'aai-defaults.js': 'exports.baseParams = {}\n' })).toEqual([])
  })

  it('Object.assign merges known objects, later ones winning; an unknown one leaves the result open', () => {
    const merged = (args: string) => `const base = { speech_model: 'best' }\nconst params = Object.assign({}, base, ${args})\nawait client.transcripts.submit(params)\n`
    expect(rulesOf('src/a.ts', merged('{ audio, redact_pii: true }'))).toEqual(['content-safety-off'])
    expect(rulesOf('src/a.ts', merged('{ audio, redact_pii: true, content_safety: true }'))).toEqual([])
    // a source not known statically may set what is missing: only what is known to be false is reported
    expect(rulesOf('src/a.ts', merged('overrides, { audio, redact_pii: false }'))).toEqual(['transcribe-without-redact-pii'])
    expect(rulesOf('src/a.ts', merged('overrides, { audio }'))).toEqual([])
  })

  it('Object.freeze hands back the object it is given, in this module or a required one (blind set AB)', () => {
    const frozen = { 'src/lib/params.js': 'const BASE_PARAMS = Object.freeze({\n  redact_pii: true,\n  content_safety: true,\n})\nmodule.exports = { BASE_PARAMS }\n' }
    const handler = `const { AssemblyAI } = require('assemblyai')\nconst { BASE_PARAMS } = require('../lib/params')\nconst client = new AssemblyAI({ apiKey: process.env.K })\nconst params = Object.assign({}, BASE_PARAMS, { audio_url: url, webhook_url: process.env.WEBHOOK_URL })\nclient.transcripts.submit(params)\n`
    expect(withModules('src/handlers/onUpload.js', handler, frozen)).toEqual(['webhook-without-auth'])
    expect(rulesOf('src/a.ts', "const base = Object.freeze({ redact_pii: true })\nawait client.transcripts.submit({ ...base, audio })\n")).toEqual(['content-safety-off'])
  })

  it("what a method of the class returns, spread in with this.method() (blind set AH)", () => {
    const service = (body: string) => `import { AssemblyAI } from 'assemblyai'\nexport class CallTranscriber {\n  constructor(private readonly client = new AssemblyAI({ apiKey: process.env.K! })) {}\n${body}\n  async transcribe(url: string) {\n    return this.client.transcripts.transcribe({ ...this.baseParams(), audio: url })\n  }\n}\n`
    expect(rulesOf('src/t.ts', service('  private baseParams() {\n    return { speaker_labels: true, redact_pii: true }\n  }'))).toEqual(['content-safety-off'])
    expect(rulesOf('src/t.ts', service('  private baseParams = () => ({ redact_pii: true, content_safety: true })'))).toEqual([])
    // (a method that returns one of two objects says nothing for certain)
    expect(rulesOf('src/t.ts', service('  private baseParams() {\n    if (x) return { redact_pii: true }\n    return load()\n  }'))).toEqual([])
  })

  it("a member of an object literal of the file is read (CONFIG.transcription)", () => {
    const code = `const CONFIG = { transcription: { speech_model: 'best', redact_pii: true }, retries: 3 }\nawait client.transcripts.transcribe({ ...CONFIG.transcription, audio })\n`
    expect(rulesOf('src/a.ts', code)).toEqual(['content-safety-off'])
  })
})

describe('booleans and numbers held by constants, enums and later assignments (blind corpus C14)', () => {
  const client = "import { AssemblyAI } from 'assemblyai'\nconst client = new AssemblyAI({ apiKey: process.env.K! })\n"
  it('a boolean constant is read like a literal, negation included', () => {
    expect(rulesOf('src/qa.ts', `${client}const KEEP_ORIGINAL = true\nawait client.transcripts.transcribe({ audio: url, ${SAFE}, redact_pii_return_unredacted: KEEP_ORIGINAL })\n`)).toEqual(['unredacted-requested'])
    expect(rulesOf('src/qa.ts', `${client}const REDACT = false\nawait client.transcripts.transcribe({ audio: url, content_safety: true, redact_pii: REDACT })\n`)).toEqual(['transcribe-without-redact-pii'])
    expect(rulesOf('src/qa.ts', `${client}const SKIP = false\nawait client.transcripts.transcribe({ audio: url, ${SAFE}, redact_pii_return_unredacted: SKIP })\n`)).toEqual([])
    expect(rulesOf('src/qa.ts', `${client}const SKIP = true\nawait client.transcripts.transcribe({ audio: url, ${SAFE}, redact_pii_return_unredacted: !SKIP })\n`)).toEqual([])
  })
  it('an enum member of this file is its initializer', () => {
    const mint = (member: string) => `${client}enum Duration { Minute = 60, Hour = 3600 }\nawait client.streaming.createTemporaryToken({ expires_in_seconds: Duration.${member} })\n`
    expect(rulesOf('src/token.ts', mint('Hour'))).toEqual(['token-ttl-too-long'])
    expect(rulesOf('src/token.ts', mint('Minute'))).toEqual([])
  })
  it('redact_pii_return_unredacted set to true after the object literal', () => {
    expect(rulesOf('src/copy.js', `${client}const params = { audio: url, ${SAFE} }\nparams.redact_pii_return_unredacted = true\nawait client.transcripts.transcribe(params)\n`)).toEqual(['unredacted-requested'])
    expect(rulesOf('src/copy.ts', `class B {\n  private params: Record<string, unknown> = {}\n  keepOriginal() {\n    this.params['redact_pii_return_unredacted'] = true\n    return this\n  }\n}\n`)).toEqual(['unredacted-requested'])
    expect(rulesOf('src/copy.js', `${client}const params = { audio: url, ${SAFE} }\nparams.redact_pii_return_unredacted = false\nawait client.transcripts.transcribe(params)\n`)).toEqual([])
  })
})

describe('clients bound to a base URL, requests built as objects, and look-alike classes (blind set AE)', () => {
  const withModules = (file: string, main: string, modules: Record<string, string>): string[] => {
    const resolveImport = createImportResolver(ts, (path) => modules[path])
    return checkCode(ts, file, main, { maxTokenTtlSeconds: 600, resolveImport }).findings.map((f) => f.rule).sort()
  }
  it("reads a ky instance's prefixUrl from another module, and the prefilter lets the bare path through", () => {
    const lib = { 'app/lib/aai.server.ts': 'import ky from "ky"\nexport const aai = ky.create({ prefixUrl: "https://api.assemblyai.com/v2" })\n' }
    const route = 'import { aai } from "./lib/aai.server"\nexport async function action() {\n  return aai.post("transcript", { json: { audio_url: u, webhook_url: w, webhook_auth_header_value: s } }).json()\n}\n'
    expect(withModules('app/route.ts', route, lib)).toEqual(['content-safety-off', 'transcribe-without-redact-pii', 'webhook-without-auth'])
    expect(mayMatchCodeRules(route)).toBe(true)
    expect(mayMatchCodeRules('await api.post("/transcripts-export", rows)\n')).toBe(false)
  })
  it("reads Apollo's RESTDataSource base URL and its deletes, and a class property holding a client", () => {
    const source = `class AssemblyAIAPI extends RESTDataSource {\n  override baseURL = "https://api.assemblyai.com/"\n  clip(audioUrl) {\n    return this.post<Transcript>("v2/transcript", { body: { audio_url: audioUrl } })\n  }\n  remove(id) {\n    return this.delete(\`v2/transcript/\${id}\`)\n  }\n}\n`
    const result = checkCode(ts, 'src/datasource.ts', source, { maxTokenTtlSeconds: 600 })
    expect(result.findings.map((f) => f.rule).sort()).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    expect(result.deletesTranscripts).toBe(true)
    const held = `class Jobs {\n  private http = axios.create({ baseURL: "https://api.assemblyai.com/v2" })\n  run(u) {\n    return this.http.post("/transcript", { audio_url: u, ${SAFE} })\n  }\n}\n`
    expect(rulesOf('src/jobs.ts', held)).toEqual([])
    expect(rulesOf('src/jobs.ts', held.replace(`, ${SAFE}`, ''))).toEqual(['content-safety-off', 'transcribe-without-redact-pii'])
    // (a class with no base URL of its own posting to its own API's path is not read as AssemblyAI's)
    expect(rulesOf('src/own.ts', 'class Api {\n  send(b) {\n    return this.post("v2/transcript", { body: b })\n  }\n}\n')).toEqual([])
  })
  it("reads a builder's return with this call's arguments in its parameters, across a re-export", () => {
    const modules = {
      'lib/transcription/index.ts': 'export * from "./build"\n',
      'lib/transcription/build.ts': `const DEFAULTS = { ${SAFE} }\nexport function buildTranscriptParams(audioUrl: string, overrides: object = {}) {\n  return { ...DEFAULTS, ...overrides, audio_url: audioUrl }\n}\n`,
    }
    const call = (args: string) => `import { buildTranscriptParams } from "../lib/transcription"\nawait aai.transcripts.transcribe(buildTranscriptParams(${args}))\n`
    expect(withModules('app/transcribe.ts', call('url, { redact_pii: false }'), modules)).toEqual(['transcribe-without-redact-pii'])
    expect(withModules('app/transcribe.ts', call('url, { webhook_url: hook }'), modules)).toEqual(['webhook-without-auth'])
    // (the default of a parameter the call leaves out)
    expect(withModules('app/transcribe.ts', call('url'), modules)).toEqual([])
  })
  it("counts a DELETE of a transcript's path relative to an injected client as deleting transcripts", () => {
    const service = (path: string) => `class TranscriptionService {\n  constructor({ http }) {\n    this.http = http\n  }\n  async purge(id) {\n    await this.http.delete(${path})\n  }\n}\n`
    expect(checkCode(ts, 'src/service.js', service('`/transcript/${encodeURIComponent(id)}`'), { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(true)
    expect(checkCode(ts, 'src/service.js', service('`/api/transcripts/${id}`'), { maxTokenTtlSeconds: 600 }).deletesTranscripts).toBe(false)
  })
  it('reads fetch(new Request(url, init)) and a token lifetime in `query`', () => {
    const body = `const body = { audio_url: u, redact_pii: true }\nawait fetch(new Request(\`\${env.BASE}/v2/transcript\`, { method: "POST", headers: h, body: JSON.stringify(body) }))\n`
    expect(rulesOf('src/worker.ts', body)).toEqual(['content-safety-off'])
    const token = 'const { token } = await $fetch("https://streaming.assemblyai.com/v3/token", {\n  query: { expires_in_seconds: 900 },\n  headers: { Authorization: key },\n})\n'
    expect(rulesOf('server/api/token.ts', token)).toEqual(['token-ttl-too-long'])
    expect(rulesOf('server/api/token.ts', token.replace('900', '600'))).toEqual([])
  })
  it("a streaming class of the SDK's name but another module's or the file's own is not the SDK's; a CDN's is", () => {
    const local = 'import { RealtimeTranscriber } from "../lib/realtime/RealtimeTranscriber"\nexport function Live() {\n  const rt = new RealtimeTranscriber({ apiKey: secret })\n}\n'
    expect(rulesOf('src/components/Live.tsx', local)).toEqual([])
    expect(rulesOf('src/components/Live.tsx', 'class RealtimeTranscriber {}\nconst rt = new RealtimeTranscriber({ apiKey: secret })\n')).toEqual([])
    const cdn = 'import { StreamingTranscriber } from "https://esm.sh/assemblyai@4.9.0/streaming"\nconst t = new StreamingTranscriber({ apiKey: localStorage.getItem("k"), sampleRate: 16000 })\n'
    expect(rulesOf('public/embed/worker.js', cdn)).toEqual(['streaming-key-in-browser'])
  })
})
