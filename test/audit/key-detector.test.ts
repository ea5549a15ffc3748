import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { detectKeys } from '../../src/audit/index.js'
import { hasKeyCandidate } from '../../src/audit/internal/key-candidate.js'
import { makeKey } from './helpers/fixture-repo.js'

const filler = (n: number): string => '// unrelated line of ordinary application code\n'.repeat(n)
const found = (text: string, opts = {}): number => detectKeys(text, opts).length

describe('detectKeys: keys tied to AssemblyAI are found', () => {
  const k = makeKey()
  const cases: Record<string, string> = {
    'env file': `ASSEMBLYAI_API_KEY=${k}\n`,
    'shell export': `export ASSEMBLYAI_API_KEY="${k}"\n`,
    'yaml nested key': `assemblyai:\n  api_key: ${k}\n`,
    'yaml flat': `ASSEMBLYAI_KEY: '${k}'\n`,
    json: `{"service": {"assemblyaiApiKey": "${k}"}}`,
    toml: `[assemblyai]\napi_key = "${k}"\n`,
    'python sdk settings': `import assemblyai as aai\n${filler(40)}aai.settings.api_key = "${k}"\n`,
    'code constant': `const ASSEMBLYAI_TOKEN = '${k}'\n`,
    'SDK constructor across lines': `import { AssemblyAI } from 'assemblyai'\n\nconst client = new AssemblyAI({\n  apiKey:\n    '${k}',\n})\n`,
    'constructor with the key far (> 40 chars) after the word': `const client = new AssemblyAI({ baseUrl: 'https://example.invalid/some/long/path/here', timeout: 30000, apiKey: '${k}' })\n`,
    'key before the word, far away': `const KEY = '${k}' // the project key\n${filler(10)}// talks to assemblyai\n`,
    'authorization header, key before the URL': `const headers = { authorization: '${k}' }\n${filler(5)}await fetch('https://api.assemblyai.com/v2/transcript', { method: 'POST', headers })\n`,
    'authorization header, URL before the key': `await fetch('https://streaming.assemblyai.com/v3/token', {\n  headers: {\n    Authorization: \`${k}\`,\n  },\n})\n`,
    'constant sent as authorization far from the URL': `const K = "${k}"\n${filler(60)}const r = await fetch("https://api.assemblyai.com/v2/transcript", { headers: { authorization: K } })\n`,
    'constant passed to the SDK constructor far below': `const PROJECT = "${k}"\n${filler(60)}export const client = new AssemblyAI({ apiKey: PROJECT })\n`,
    'minified bundle': `${'x'.repeat(300)};t.k="${k}";t.u="https://api.assemblyai.com/v2";${'y'.repeat(300)}`,
    'name spelled with an underscore': `ASSEMBLY_AI_KEY = "${k}"\n`,
    'name spelled with a dash (YAML)': `assembly-ai-token: ${k}\n`,
    'python f-string': `import assemblyai as aai\naai.settings.api_key = f"${k}"\n`,
    'base64 in a Kubernetes Secret': `apiVersion: v1\nkind: Secret\ndata:\n  ASSEMBLYAI_API_KEY: ${Buffer.from(k).toString('base64')}\n`,
    'base64 of the key and a newline (echo | base64)': `ASSEMBLYAI_API_KEY_B64=${Buffer.from(`${k}\n`).toString('base64')}\n`,
    'string literals joined by +': `const ASSEMBLYAI_API_KEY = "${k.slice(0, 16)}" + "${k.slice(16)}";\n`,
    'string literals joined by + across lines': `export const ASSEMBLYAI_API_KEY =\n  "${k.slice(0, 16)}" +\n  "${k.slice(16)}";\n`,
    'string literals joined by a + that starts the next line': `const ASSEMBLYAI_API_KEY = '${k.slice(0, 10)}'\n  + '${k.slice(10)}'\n`,
    'string literals side by side (Python, C)': `aai.settings.api_key = "${k.slice(0, 16)}" "${k.slice(16)}"  # assemblyai\n`,
    'string literals one per line inside brackets (Python)': `ASSEMBLYAI_API_KEY = (\n    "${k.slice(0, 16)}"\n    "${k.slice(16)}"\n)\n`,
    'fallback of an environment lookup assigned to the SDK setting': `aai.settings.api_key = os.getenv("SPEECH_KEY", "${k}")\n`,
    'Java builder': `var client = AssemblyAI.builder()\n    .apiKey("${k}")\n    .build();\n`,
    'C# constructor': `var client = new AssemblyAIClient("${k}");\n`,
    'Go constructor': `client := assemblyai.NewClient("${k}")\n`,
    'curl in a README': `curl https://api.assemblyai.com/v2/transcript \\\n  -H "authorization: ${k}" \\\n  -H "content-type: application/json"\n`,
    Dockerfile: `FROM node:20\nENV ASSEMBLYAI_API_KEY=${k}\n`,
    'Kubernetes env list': `env:\n  - name: ASSEMBLYAI_API_KEY\n    value: "${k}"\n`,
    'streaming URL token in prose': `# Assembly AI streaming\nconst ws = new WebSocket('wss://example.invalid/ws?token=${k}')\n`,
    'Swift request header set after the URL': `var request = URLRequest(url: URL(string: "https://api.assemblyai.com/v2/upload")!)\nrequest.httpMethod = "POST"\nrequest.setValue("${k}", forHTTPHeaderField: "Authorization")\n`,
    'YAML key under a block that a comment names AssemblyAI': `# AssemblyAI settings\ntranscription:\n  api_key: ${k}\n`,
    'object literal beside an assemblyai block in the same object': `const config = {\n  assemblyai: {\n    region: 'us',\n  },\n  apiKey: '${k}',\n}\n`,
  }
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const hits = detectKeys(text)
      expect(hits).toHaveLength(1)
      expect(hits[0]?.masked).toBe(`${k.slice(0, 4)}… (32 chars)`)
      // the byte-level prefilter of the tree and history scans lets every such text through
      expect(hasKeyCandidate(Buffer.from(text))).toBe(true)
    })
  }

  it('finds an encoded key beside a plain key-shaped value that is no key, at the end of a text too', () => {
    const digest = randomBytes(16).toString('hex')
    const b64 = Buffer.from(k).toString('base64') // 43 characters and `=`
    const withNewline = Buffer.from(`${k}\n`).toString('base64') // 44 characters
    const head = `checksum: md5-${digest}\n`
    for (const text of [`${head}ASSEMBLYAI_API_KEY: ${b64}\n`, `${head}ASSEMBLYAI_API_KEY: ${b64}`, `${head}ASSEMBLYAI_API_KEY_B64=${withNewline}`, `${head}const ASSEMBLYAI_API_KEY = '${k.slice(0, 10)}' + '${k.slice(10)}'`]) {
      expect(detectKeys(text).map((h) => h.masked)).toEqual([`${k.slice(0, 4)}… (32 chars)`])
    }
    // 43 base64 characters alone are not a key's encoding
    expect(detectKeys(`${head}ASSEMBLYAI_API_KEY: ${b64.slice(0, 43)}\n`)).toEqual([])
  })

  it('a key split into constants joined where it is used (`apiKey: part1 + part2`)', () => {
    const text = `import { AssemblyAI } from "assemblyai";\n// split so the scanner does not see it\nconst part1 = "${k.slice(0, 16)}";\nconst part2 = "${k.slice(16)}";\nexport const client = new AssemblyAI({ apiKey: part1 + part2 });\n`
    expect(hasKeyCandidate(Buffer.from(text))).toBe(true)
    const hits = detectKeys(text)
    expect(hits.map((h) => [h.lineIndex, h.masked])).toEqual([[2, `${k.slice(0, 4)}… (32 chars)`]])
    // pieces that do not make 32 characters, a name bound twice, or no join: nothing
    expect(detectKeys(text.replace(`"${k.slice(16)}"`, `"${k.slice(16, 30)}"`))).toEqual([])
    expect(detectKeys(`${text}part2 = "${k.slice(0, 16)}"\n`)).toEqual([])
    expect(hasKeyCandidate(Buffer.from(`const a = "${k.slice(0, 16)}"\nconst n = i + 1\n`))).toBe(false)
  })

  it('a value nested deeper under an AssemblyAI block, a CI step\'s settings, and a request file\'s Authorization header', () => {
    expect(found(`services:\n  speech:\n    assemblyai:\n      credentials:\n        api_key: ${makeKey()}\n`)).toBe(1)
    expect(found(`jobs:\n  t:\n    steps:\n      - name: Transcribe\n        uses: acme/assemblyai-transcribe@v2\n        with:\n          api-key: ${makeKey()}\n`)).toBe(1)
    expect(found(`meta {\n  name: transcribe\n}\npost {\n  url: https://api.assemblyai.com/v2/transcript\n}\nheaders {\n  authorization: ${makeKey()}\n}\n`)).toBe(1)
  })

  it('reports the right line and column and never the raw key', () => {
    const text = `# config\nASSEMBLYAI_API_KEY=${k}\n`
    const [hit] = detectKeys(text)
    expect(hit?.lineIndex).toBe(1)
    expect(hit?.column).toBe('ASSEMBLYAI_API_KEY='.length + 1)
    expect(JSON.stringify(hit)).not.toContain(k)
  })
})

describe('detectKeys: look-alikes are not found', () => {
  it("another vendor's prefixed value, and XML slots named by their element or name attribute", () => {
    const v = makeKey()
    const aai = `# assemblyai settings\nASSEMBLYAI_API_KEY=\${AAI}\n`
    expect(found(`${aai}MAILGUN_API_KEY: key-${v}\n`)).toBe(0)
    expect(found(`<component group="com.assemblyai">\n  <md5 value="${v}" origin="Generated by Gradle"/>\n</component>\n`)).toBe(0)
    expect(found(`<component group="com.assemblyai">\n<sha256>${v}</sha256>\n</component>\n`)).toBe(0)
    // the same slots named for AssemblyAI are keys: Android's strings.xml, .NET's appSettings
    expect(found(`<resources>\n  <string name="assemblyai_api_key">${v}</string>\n</resources>\n`)).toBe(1)
    expect(found(`<appSettings>\n  <add key="AssemblyAI:ApiKey" value="${v}" />\n</appSettings>\n`)).toBe(1)
  })

  it("other vendors' keys in backend services: their names, their blocks, their lines", () => {
    const v = makeKey()
    const k = makeKey()
    const aai = `import assemblyai as aai\naai.settings.api_key = os.environ["ASSEMBLYAI_API_KEY"]\n`
    // Datadog's DD_ prefix, Bugsnag, Rollbar and the like by name
    expect(found(`${aai}DD_API_KEY="${v}"\nBUGSNAG_API_KEY = "${v}"\n`)).toBe(0)
    expect(found(`[Service]\nEnvironment=ASSEMBLYAI_API_KEY=${k}\nEnvironment=DD_API_KEY=${v}\n`)).toBe(1)
    // credential names only other vendors use (Segment's writeKey), and another vendor called on the line
    expect(found(`// transcripts go to assemblyai\nconst analytics = new Analytics({ writeKey: "${v}" })\n`)).toBe(0)
    expect(found(`// assemblyai worker\nBugsnag.start({ apiKey: "${v}" })\n`)).toBe(0)
    expect(found(`-- assemblyai and friends\nINSERT INTO integrations (vendor, secret_name, secret) VALUES ('twilio', 'auth_token', '${v}');\n`)).toBe(0)
    // vendors' names inside camelCase names, and names declared with a string type (Rust, Kotlin, Go)
    expect(found(`// assemblyai\nstatic let revenueCatApiKey = "${v}"\nconst sendGridApiKey = "${v}"\n`)).toBe(0)
    expect(found(`// assemblyai\npub const VAD_MODEL_MD5: &str = "${v}";\npub const TELEMETRY_INSTALL_ID: &'static str = "${v}";\nvar iconDigest string = "${v}"\n`)).toBe(0)
    expect(found(`pub const ASSEMBLYAI_API_KEY: &str = "${k}";\n`)).toBe(1)
    // Render's envVars: "- key: NAME" on the line before "value:"
    expect(found(`# assemblyai worker\nenvVars:\n  - key: BUGSNAG_API_KEY\n    value: ${v}\n  - key: ASSEMBLYAI_API_KEY\n    value: ${k}\n`)).toBe(1)
    // "probably" names no Ably: a vendor's name must start a word
    expect(found(`// assemblyai: this is probably the key\nconst KEY = "${k}"\n`)).toBe(1)
    // blocks that name the vendor: PHP arrays, Terraform providers, INI sections, k8s env lists
    expect(found(`<?php // assemblyai\nreturn [\n  'mailgun' => [\n    'secret' => '${v}',\n  ],\n  'assemblyai' => [\n    'key' => '${k}',\n  ],\n];\n`)).toBe(1)
    expect(found(`# assemblyai\nprovider "datadog" {\n  api_key = "${v}"\n}\n`)).toBe(0)
    expect(found(`# assemblyai\n[rollbar]\naccess_token = ${v}\n`)).toBe(0)
    expect(found(`# assemblyai\nenv:\n  - name: DD_API_KEY\n    value: "${v}"\n  - name: ASSEMBLYAI_API_KEY\n    value: "${k}"\n`)).toBe(1)
  })

  it('ids and digests in subscripts, logs, sequences, inline collections, glued names and prose', () => {
    const v = makeKey()
    const aai = '# calls assemblyai\n'
    expect(found(`${aai}[2024-05-01 12:00:00] Task transcribe_call[${v}] succeeded\n`)).toBe(0)
    expect(found(`${aai}seen = cache[${v}]\n`)).toBe(0)
    expect(found(`${aai}headers:\n  X-Request-Id:\n  - ${v}\n  ETag:\n  - '"${v}"'\n`)).toBe(0)
    expect(found(`${aai}KNOWN_DUPLICATE_ETAGS = {"${v}", "${v}"}\n`)).toBe(0)
    expect(found(`${aai}var fixtureMD5 = map[string]string{\n\t"a.wav": "${v}",\n}\n`)).toBe(0)
    expect(found(`${aai}      key: pip-${v}\n`)).toBe(0)
    expect(found(`${aai}        key: bun-deps-v3-${v}\n        restore-keys: bun-deps-v3-\n`)).toBe(0)
    expect(found(`${aai}CACHE_KEY=node_modules.v12-${v}\n`)).toBe(0)
    expect(found(`${aai}# celery task id with dashes stripped, e.g. ${v}\n`)).toBe(0)
    // ... while a key named as one is still a key
    expect(found(`${aai}# the api key, e.g. ${v}\n`)).toBe(1)
  })

  it('cache-busters after a file, and HAR name/value pairs named by their name', () => {
    const v = makeKey()
    expect(found(`<link href="/assemblyai-widget.css?v=${v}">\n`)).toBe(0)
    expect(found(`@font-face { src: url(fonts/assemblyai.woff2?${v}) }\n`)).toBe(0)
    expect(found(`{"name": "etag", "value": "\\"${v}\\""}, {"name": "x-request-id", "value": "${makeKey()}"} assemblyai\n`)).toBe(0)
    // an authorization header in a HAR file is a key
    expect(found(`{"name": "authorization", "value": "${v}"}, "url": "https://api.assemblyai.com/v2/transcript"\n`)).toBe(1)
  })

  it('a CSV value is named by its header column when that column says what it holds', () => {
    const v = makeKey()
    expect(found(`recording_id,provider,audio_md5,transcript_id\n1,assemblyai,${v},${makeKey()}\n`)).toBe(0)
    expect(found(`service,env,api_key\nassemblyai,prod,${v}\n`)).toBe(1)
    expect(found(`name,value,notes\nASSEMBLYAI_API_KEY,${v},prod\n`)).toBe(1)
  })

  it("a value in a pytest parametrize table is named by its column's argument name", () => {
    const v = makeKey()
    const w = makeKey()
    const header = '# the worker skips the AssemblyAI upload when the audio md5 was seen\n'
    // the names on their own line, the rows below: the second column holds digests
    expect(found(`${header}@pytest.mark.parametrize(\n    "payload, expected_md5",\n    [\n        (b"", "${v}"),\n        (b"a, b", "${w}"),\n    ],\n)\n`)).toBe(0)
    // the names on the call's line, rows as pytest.param
    expect(found(`${header}@pytest.mark.parametrize("audio_hash,label", [\n    pytest.param("${v}", "empty"),\n])\n`)).toBe(0)
    // a column named for a key stays a key
    expect(found(`${header}@pytest.mark.parametrize("name, assemblyai_api_key", [\n    ("prod", "${v}"),\n])\n`)).toBe(1)
  })

  it("a generic key name under another vendor's YAML block is that vendor's", () => {
    const v = makeKey()
    expect(found(`speech:\n  provider: assemblyai\n  api_key: \${X}\nanalytics:\n  mixpanel:\n    token: ${v}\n`)).toBe(0)
    expect(found(`search:\n  # the index\n  algolia:\n    api_key: ${v}\n# assemblyai below\n`)).toBe(0)
    expect(found(`assemblyai:\n  api_key: \${X}\nsentry:\n  publicKey: ${v}\n`)).toBe(0)
    // under AssemblyAI's block, or with no vendor above it, it is still a key
    expect(found(`services:\n  assemblyai:\n    token: ${v}\n  mixpanel:\n    token: \${M}\n`)).toBe(1)
    expect(found(`# assemblyai config\nsettings:\n  api_key: ${v}\n`)).toBe(1)
  })

  it("a key under another vendor's TOML or INI section is that vendor's, wherever AssemblyAI's section is", () => {
    const v = makeKey()
    expect(found(`[assemblyai]\napi_key = "\${X}"\n\n[deepgram]\napi_key = "${v}"\n`)).toBe(0)
    // the same in a pretty-printed object: under `amplitude: {` the key is Amplitude's, under `assemblyai: {` AssemblyAI's
    expect(found(`export const config = {\n  assemblyai: {\n    apiKey: process.env.ASSEMBLYAI_API_KEY!,\n  },\n  amplitude: {\n    apiKey: "${v}",\n  },\n}\n`)).toBe(0)
    expect(found(`{\n  "mixpanel": {\n    "token": "${v}"\n  },\n  "assemblyai": { "enabled": true }\n}\n`)).toBe(0)
    expect(found(`const config = {\n  amplitude: {\n    apiKey: AMP,\n  },\n  assemblyai: {\n    apiKey: "${v}",\n  },\n}\n`)).toBe(1)
    expect(found(`[providers.openai]\nkey = ${v}\n# assemblyai is configured elsewhere\n`)).toBe(0)
    // AssemblyAI's own section, or none, keeps it a key
    expect(found(`[deepgram]\napi_key = "\${D}"\n\n[assemblyai]\napi_key = "${v}"\n`)).toBe(1)
  })

  it('a value named for a digest or listed under an id-named list is no key, even when the name says AssemblyAI', () => {
    expect(found(`# assemblyai cli\nASSEMBLYAI_CLI_MD5 = ${makeKey()}\n`)).toBe(0)
    expect(found(`ENV ASSEMBLYAI_SDK_WHEEL_SHA256=${makeKey()}\n`)).toBe(0)
    expect(found(`const aaiBundleHash = "${makeKey()}" // assemblyai\n`)).toBe(0)
    expect(found(`import assemblyai as aai\nBASELINE_TRANSCRIPT_IDS = [\n    "${makeKey()}",\n    "${makeKey()}",\n]\n`)).toBe(0)
    expect(found(`import assemblyai as aai\nTRANSCRIPT_IDS = {\n    "support-call-en": "${makeKey()}",\n    "sales-call-es": "${makeKey()}",\n}\n`)).toBe(0)
    // a list that is no list of ids, an entry named as a key, and a key named as one, stay keys
    expect(found(`import assemblyai as aai\nTRANSCRIPT_IDS = {\n    "api_key": "${makeKey()}",\n}\n`)).toBe(1)
    expect(found(`import assemblyai as aai\nKEYS = [\n    "${makeKey()}",\n]\n`)).toBe(1)
    expect(found(`ASSEMBLYAI_API_KEY=${makeKey()}\n`)).toBe(1)
  })

  it('git SHAs (40 hex) even next to the word assemblyai', () => {
    expect(found(`assemblyai ${randomBytes(20).toString('hex')}\nassemblyai commit ${randomBytes(20).toString('hex')}`)).toBe(0)
  })
  it('UUIDs without dashes far from any AssemblyAI context', () => {
    expect(found(`const requestId = "${makeKey()}"\nconst other = '${makeKey()}'\n`)).toBe(0)
  })
  it('MD5 digests in lock files, even when the lock names the assemblyai package', () => {
    const lock = `"node_modules/assemblyai": {\n  "version": "4.0.0",\n  "md5": "${makeKey()}",\n  "assemblyai": "${makeKey()}"\n}\n`
    expect(found(lock, { strictContext: true })).toBe(0)
  })
  it('hash-like slots near AssemblyAI code', () => {
    expect(found(`// assemblyai client\nconst checksum = "${makeKey()}"\nconst transcriptId = "${makeKey()}"\n`)).toBe(0)
  })
  it('cache, idempotency and storage keys, digests with their label, content hashes in file names', () => {
    const text = [
      '// assemblyai client',
      `const cacheKey = '${makeKey()}'`,
      `headers['Idempotency-Key'] = "${makeKey()}"`,
      `res.headers['etag'] = '"${makeKey()}"'`,
      `<script src="/assemblyai.js" integrity="md5-${makeKey()}"></script>`,
      `checksum sha1:${makeKey()}`,
      `import './main.${makeKey()}.js'`,
      // weak and escaped ETags, and values composed after an interpolation
      `ETAG = "W/\\"${makeKey()}\\""`,
      `{ "ETag": "\\"${makeKey()}\\"" }`,
      'const k = `aai:${id}:' + makeKey() + '`',
      'const path = `${bucket}/' + makeKey() + '`',
    ].join('\n')
    expect(found(text)).toBe(0)
    // an interpolation before a key on an Authorization line is still a key
    expect(found('// assemblyai\nfetch(u, { headers: { Authorization: `${scheme}:' + makeKey() + '` } })\n')).toBe(1)
    // the same slots named as secrets still count
    expect(found(`// assemblyai client\nconst apiKey = '${makeKey()}'\nconst signingKey = '${makeKey()}'\n`)).toBe(2)
  })
  it("another tool's password, encryption or secret key by its own name, next to an AssemblyAI key (blind set AI)", () => {
    expect(found(`x-airflow-env: &airflow-env\n  AIRFLOW__WEBSERVER__SECRET_KEY: "${makeKey()}"\n  AIRFLOW_VAR_ASSEMBLYAI_API_KEY: "\${AAI}"\n`)).toBe(0)
    expect(found(`# AssemblyAI transcription DAGs\nwebserverSecretKey: ${makeKey()}\n`)).toBe(0)
    expect(found(`N8N_ENCRYPTION_KEY=${makeKey()}\nASSEMBLYAI_API_KEY=\${AAI}\n`)).toBe(0)
    expect(found(`POSTGRES_PASSWORD=${makeKey()}\nASSEMBLYAI_API_KEY=\${AAI}\n`)).toBe(0)
    // ... but a connection's generic password field, the connection AssemblyAI's, is its key
    expect(found(`connections:\n  - conn_id: assemblyai_default\n    conn_type: http\n    conn_host: https://api.assemblyai.com\n    conn_password: ${makeKey()}\n`)).toBe(1)
    // an MLflow run id printed by its notebook cell, or named in a comment, is an id
    expect(found(`  {\n   "cell_type": "code",\n   "outputs": [\n    {\n     "name": "stdout",\n     "text": [\n      "${makeKey()}\\n"\n     ]\n    }\n   ],\n   "source": [\n    "with mlflow.start_run(run_name=\\"assemblyai-eval\\") as run:\\n",\n    "print(run.info.run_id)"\n   ]\n  }\n`)).toBe(0)
    expect(found(`val first = listPage("https://api.assemblyai.com/v2/transcript")\n// last good export: spark run ${makeKey()}\n`)).toBe(0)
  })

  it("in a chunk that never names AssemblyAI, another vendor's SDK given its key as a call's argument (blind set AH)", () => {
    // Amplitude's init and Algolia's client, minified
    expect(found(`import{i as t}from"./index.js";t("${makeKey()}",{defaultTracking:{pageViews:!0}});`, { includeBare: true })).toBe(0)
    expect(found(`let i=(0,a.Z)("VX41PLM2QZ","${makeKey()}").initIndex("transcripts");`, { includeBare: true })).toBe(0)
    // a key in an options object, or held by a constant, still counts there; and a call's argument does where AssemblyAI is named
    expect(found(`new r.o({apiKey:"${makeKey()}"});`, { includeBare: true })).toBe(1)
    expect(found(`const e="${makeKey()}";`, { includeBare: true })).toBe(1)
    expect(found(`o("${makeKey()}");fetch("https://api.assemblyai.com/v2/transcript")`, { includeBare: true })).toBe(1)
  })
  it('a CSP nonce, webpack\'s build hash, and another vendor\'s named key next to AssemblyAI code', () => {
    expect(found(`<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${makeKey()}'; connect-src https://api.assemblyai.com">\n`)).toBe(0)
    expect(found(`__webpack_require__.h = () => "${makeKey()}";async function t(){await fetch("/api/assemblyai/transcribe")}`, { includeBare: true })).toBe(0)
    // webpack 5 brackets the returned value, minified or not
    expect(found(`__webpack_require__.h = () => ("${makeKey()}");async function t(){await fetch("/api/assemblyai/transcribe")}`, { includeBare: true })).toBe(0)
    expect(found(`r.h=()=>("${makeKey()}");fetch("/api/assemblyai/transcribe")`, { includeBare: true })).toBe(0)
    // a build id a bundler's define inlines, before the SDK's code in the same minified line
    expect(found(`globalThis.__APP_BUILD__="${makeKey()}";/*! assemblyai v4 */class B{constructor(e){this.baseUrl="https://api.assemblyai.com"}}`, { includeBare: true })).toBe(0)
    expect(found(`const appBuild="${makeKey()}";fetch("https://api.assemblyai.com/v2/transcript")`, { includeBare: true })).toBe(0)
    expect(found(`const ASSEMBLYAI_BUILD="${makeKey()}"\n`)).toBe(1)
    expect(found(`import { AssemblyAI } from 'assemblyai'\nexport const ELEVENLABS_API_KEY = '${makeKey()}'\n`)).toBe(0)
    // an AssemblyAI name wins over a vendor word in it
    expect(found(`ASSEMBLYAI_KEY_FOR_OPENAI_BRIDGE = '${makeKey()}'\n`)).toBe(1)
    // a list of providers' entries: each key is its own entry's (a mention outside the entries still ties)
    const table = (comment: string) => `${comment}export const STT_PROVIDERS = [\n  {\n    provider: "assemblyai",\n    region: "us",\n    key: "${makeKey()}",\n  },\n  {\n    provider: "speechmatics",\n    region: "eu2",\n    key: "${makeKey()}",\n  },\n]\n`
    expect(found(table('// provider comparison page\n'))).toBe(1)
    expect(found(table('// AssemblyAI and the others we compare it with\n'))).toBe(2)
  })
  it("another vendor's key in an XML element, a typed struct literal or a continued curl beside AssemblyAI's (blind corpus C11)", () => {
    const xml = (vendor: string) => `<providers>\n  <provider name="assemblyai">\n    <setting key="apiKey" value="\${ASSEMBLYAI_API_KEY}"/>\n  </provider>\n  <provider name="${vendor}">\n    <setting key="apiKey" value="${makeKey()}"/>\n  </provider>\n</providers>\n`
    expect(found(xml('speechmatics'))).toBe(0)
    expect(found(xml('assemblyai-eu'))).toBe(1)
    const go = (field: string) => `var Vendors = VendorConfig{\n\tAssemblyAI: ProviderConfig{\n\t\tBaseURL: "https://api.assemblyai.com",\n\t\tAPIKey:  os.Getenv("ASSEMBLYAI_API_KEY"),\n\t},\n\t${field}: ProviderConfig{\n\t\tBaseURL: "https://api.example.com",\n\t\tAPIKey:  "${makeKey()}",\n\t},\n}\n`
    expect(found(go('Deepgram'))).toBe(0)
    expect(found(go('AssemblyAIFallback'))).toBe(1)
    const curl = (host: string) => `deepgram() {\n  curl -s -X POST "https://${host}/v1/listen" \\\n    -H "Authorization: Token ${makeKey()}" \\\n    -d "{}"\n}\n\nassemblyai() {\n  curl -s https://api.assemblyai.com/v2/transcript -H "authorization: $ASSEMBLYAI_API_KEY"\n}\n`
    expect(found(curl('api.deepgram.com'))).toBe(0)
    expect(found(curl('api.assemblyai.com'))).toBe(1)
  })
  it("an HTTPie session's Authorization header for AssemblyAI's host; a host name's label (blind corpus C12)", () => {
    const session = (domain: string) => `{\n  "cookies": [\n    {\n      "domain": "${domain}",\n      "name": "AWSALB",\n      "path": "/"\n    }\n  ],\n  "headers": [\n    {\n      "name": "Authorization",\n      "value": "${makeKey()}"\n    }\n  ]\n}\n`
    expect(found(session('api.assemblyai.com'))).toBe(1)
    // (a provider list's entries stay apart)
    expect(found(`[\n  {\n    "provider": "assemblyai",\n    "region": "us"\n  },\n  {\n    "provider": "speechmatics",\n    "token": "${makeKey()}"\n  }\n]\n`)).toBe(0)
    const manifest = `{\n  "host_permissions": ["https://api.assemblyai.com/*"],\n  "oauth2": {\n    "client_id": "485114300537-${makeKey()}.apps.googleusercontent.com"\n  }\n}\n`
    expect(found(manifest)).toBe(0)
  })
  it("a markdown link's text whose target is a commit is the commit's id", () => {
    expect(found(`- Bump assemblyai SDK to 4.9.0 ([${makeKey()}](https://github.com/acme/voice/commit/1af443e5))\n`)).toBe(0)
    expect(found(`- AssemblyAI key rotated: [${makeKey()}](https://example.com/notes)\n`)).toBe(1)
  })
  it('trace ids in a W3C traceparent, and ids in SQL rows named by their column', () => {
    expect(found(`# Contacting AssemblyAI support\ntraceparent: 00-${makeKey()}-8a63c0df57301955-01\n`)).toBe(0)
    // Zipkin's single B3 header: trace id, span id, sampling flag (and a parent span id)
    expect(found(`POST https://api.assemblyai.com/v2/transcript\nb3: ${makeKey()}-e457b5a2e4d86bd1-1\n`)).toBe(0)
    expect(found(`POST https://api.assemblyai.com/v2/transcript\nb3: ${makeKey()}-e457b5a2e4d86bd1-1-05e3ac9a4f6e3b90\n`)).toBe(0)
    // a column or field named for an AssemblyAI id holds an id, not a key
    expect(found(`INSERT INTO transcripts (id, assemblyai_transcript_id) VALUES\n  ('a1', '${makeKey()}');\n`)).toBe(0)
    expect(found(`{"assemblyaiTranscriptId": "${makeKey()}"}\n`)).toBe(0)
    expect(found(`ASSEMBLYAI_API_KEY_ID_IS_NOT_A_NAME = 1\nASSEMBLYAI_API_KEY: ${makeKey()}\n`)).toBe(1)
    const seed = [
      '-- demo data for the AssemblyAI transcript dashboard',
      'INSERT INTO recordings (id, owner_id, assemblyai_transcript_id, status) VALUES',
      `  ('${makeKey()}', '${makeKey()}', 'b1f7c3de-0000-4000-8000-000000000001', 'completed'),`,
      `  ('${makeKey()}', "${makeKey()}", 'b1f7c3de-0000-4000-8000-000000000002', 'queued');`,
    ].join('\n')
    expect(found(seed)).toBe(0)
    // a key in a row is still a key: by its column's name, or by the service named on its line
    expect(found(`INSERT INTO config (service, assemblyai_api_key) VALUES ('transcription', '${makeKey()}');\n`)).toBe(1)
    expect(found(`INSERT INTO settings (name, value) VALUES ('assemblyai_api_key', '${makeKey()}');\n`)).toBe(1)
    // a one-line dump: every row is named by its column, however long the line
    const rows = Array.from({ length: 500 }, () => `('${makeKey()}', 'x')`).join(', ')
    expect(found(`-- assemblyai\nINSERT INTO recordings (id, status) VALUES ${rows};\n`)).toBe(0)
    // a call after an INSERT is no row of it: the key is judged as anywhere else
    expect(found(`INSERT INTO recordings (id, status) VALUES ('a', 'b');\nset_key('assemblyai', '${makeKey()}')\n`)).toBe(1)
  })
  it('content hashes in asset file names, md5sum listings, weak ETags, plist slots named on the line before, other vendors with separators', () => {
    expect(found(`{\n  "assemblyai-recorder.js": "/packs/js/assemblyai-recorder-${makeKey()}.js",\n  "app.css": "/packs/css/app_${makeKey()}.css"\n}\n`)).toBe(0)
    expect(found(`${makeKey()}  assemblyai-sample.wav\n${makeKey()} *assemblyai-sample.mp3\n`)).toBe(0)
    // BSD-style listings (macOS md5, shasum --tag)
    expect(found(`MD5 (assemblyai-recorder-2.4.0.dmg) = ${makeKey()}\nMD5(assemblyai.zip)= ${makeKey()}\n`)).toBe(0)
    expect(found(`HTTP/1.1 200 OK\nETag: W/"${makeKey()}"\nX-Served-By: api.assemblyai.com\n`)).toBe(0)
    expect(found(`<key>AssemblyAIRegion</key>\n<string>us</string>\n<key>BuildUUID</key>\n<string>${makeKey()}</string>\n`)).toBe(0)
    expect(found(`assemblyai:\n  api_key: \${ASSEMBLYAI_API_KEY}\nNEW_RELIC_LICENSE_KEY: "${makeKey()}"\n`)).toBe(0)
    // the same slots named for AssemblyAI are keys
    expect(found(`<key>AssemblyAIApiKey</key>\n<string>${makeKey()}</string>\n`)).toBe(1)
  })
  it('ids named in capitals, names before escaped quotes, pretty-printed pairs, COPY rows, property names, hashed file names', () => {
    // an id whatever it identifies, in any case, also in an XML element named for a secret
    expect(found(`ASSEMBLYAI_TRANSCRIPT_ID=${makeKey()}\nAAI_WEBHOOK_FIXTURE_ID: ${makeKey()}\n`)).toBe(0)
    expect(found(`<!-- assemblyai -->\n<UserSecretsId>${makeKey()}</UserSecretsId>\n`)).toBe(0)
    // a name before an escaped quote (JSON inside JSON: a notebook cell, a source map's sourcesContent)
    expect(found(`{"source": ["import assemblyai as aai\\n", "transcript_id = \\"${makeKey()}\\"\\n"]}\n`)).toBe(0)
    expect(found(`{"sourcesContent": ["// assemblyai\\nconst contentHash: \\"${makeKey()}\\"\\n"]}\n`)).toBe(0)
    // HAR, Postman and SBOM pairs on two lines; Xcode scheme attributes on two lines
    expect(found(`{"url": "https://api.assemblyai.com/v2/transcript",\n  "headers": [{\n    "name": "etag",\n    "value": "W/\\"${makeKey()}\\""\n  }]}\n`)).toBe(0)
    expect(found(`{"assemblyai": true, "variable": [{\n  "key": "transcript_id",\n  "value": "${makeKey()}"\n}]}\n`)).toBe(0)
    expect(found(`{"name": "assemblyai", "hashes": [{\n  "alg": "MD5",\n  "content": "${makeKey()}"\n}]}\n`)).toBe(0)
    expect(found(`<!-- AssemblyAIDemo -->\n<EnvironmentVariable\n   key = "ASSEMBLYAI_TRANSCRIPT_ID"\n   value = "${makeKey()}"\n   isEnabled = "YES">\n`)).toBe(0)
    // ... and the same pair named for the key is one
    expect(found(`{"assemblyai": true, "values": [{\n  "key": "assemblyai_api_key",\n  "value": "${makeKey()}"\n}]}\n`)).toBe(1)
    // pg_dump COPY rows are named by their column; a key column is still a key
    const copy = (col: string): string => `-- assemblyai\nCOPY public.transcripts (id, ${col}, status) FROM stdin;\n1\t${makeKey()}\tcompleted\n\\.\n`
    expect(found(copy('assemblyai_transcript_id'))).toBe(0)
    expect(found(copy('assemblyai_api_key'))).toBe(1)
    // mysqldump's INSERT without a column list takes the columns of the dump's CREATE TABLE
    const dump = (col: string): string =>
      `-- assemblyai\nCREATE TABLE \`transcripts\` (\n  \`id\` int NOT NULL,\n  \`${col}\` varchar(64) NOT NULL,\n  PRIMARY KEY (\`id\`)\n) ENGINE=InnoDB;\nINSERT INTO \`transcripts\` VALUES (1,'${makeKey()}'),(2,'${makeKey()}');\n`
    expect(found(dump('assemblyai_transcript_id'))).toBe(0)
    expect(found(dump('assemblyai_api_key'))).toBe(2)
    // a value used as a property name (a translation file keyed by md5); a hash as a whole file name or after another file's name
    expect(found(`{"${makeKey()}": "Transcribe with AssemblyAI"}\n`)).toBe(0)
    expect(found(`// assemblyai\nr.p+"${makeKey()}.png";\n`, { includeBare: true })).toBe(0)
    expect(found(`source_file="res://assets/logo_assemblyai.png"\npath="res://.godot/imported/logo_assemblyai.png-${makeKey()}.ctex"\n`)).toBe(0)
  })
  it('API tooling: one-line Postman pairs, conditional-request ETags, checksums fed to md5sum, table columns, schema examples', () => {
    // Postman variables written on one line are named by their "key"; a key so named is still one
    expect(found(`{"variable": [\n  { "key": "aai_base", "value": "https://api.assemblyai.com" },\n  { "key": "interview_wav_md5", "value": "${makeKey()}" }\n]}\n`)).toBe(0)
    expect(found(`{"variable": [\n  { "key": "assemblyai_api_key", "value": "${makeKey()}", "type": "string" }\n]}\n`)).toBe(1)
    // If-None-Match carries an ETag: an .http file, a HAR header, an Insomnia export, a VCR cassette's weak ETag
    expect(found(`GET https://api.assemblyai.com/v2/transcript/abc\nAuthorization: {{apiKey}}\nIf-None-Match: "${makeKey()}"\n`)).toBe(0)
    expect(found(`{"url": "https://api.assemblyai.com/v2/transcript", "headers": [\n  { "name": "if-none-match", "value": "\\"${makeKey()}\\"" }\n]}\n`)).toBe(0)
    expect(found(`url: https://api.assemblyai.com/v2/transcript\nheaders:\n  - name: If-None-Match\n    value: '"${makeKey()}"'\n`)).toBe(0)
    expect(found(`uri: https://api.assemblyai.com/v2/transcript/abc\nheaders:\n  Etag:\n  - W/"${makeKey()}"\n`)).toBe(0)
    // a checksum listing piped to the checker
    expect(found(`: "\${ASSEMBLYAI_API_KEY:?}"\necho "${makeKey()}  samples/interview.wav" | md5sum -c -\n`)).toBe(0)
    // a Markdown table's md5 column; a column of keys is still keys
    expect(found(`Set ASSEMBLYAI_API_KEY first.\n\n| sample file | md5 |\n|---|---|\n| a.wav | \`${makeKey()}\` |\n| b.m4a | \`${makeKey()}\` |\n`)).toBe(0)
    expect(found(`AssemblyAI projects:\n\n| project | API key |\n|---|---|\n| captions | \`${makeKey()}\` |\n`)).toBe(1)
    // a schema's example is named by the property it illustrates (inline JSON, an OpenAPI header in YAML)
    expect(found(`{"info": {"title": "AssemblyAI jobs"}, "properties": {\n  "job_id": { "type": "string", "example": "${makeKey()}" },\n  "audio_md5": { "type": "string", "example": "${makeKey()}" }\n}}\n`)).toBe(0)
    expect(found(`servers: [{url: https://api.assemblyai.com}]\nheaders:\n  X-Request-Id:\n    schema:\n      type: string\n    example: ${makeKey()}\n`)).toBe(0)
    // ... and an Authorization header parameter's example, the spec's server AssemblyAI's API, is a key (blind set AD)
    expect(found(`servers:\n  - url: https://api.assemblyai.com\ncomponents:\n  parameters:\n    Authorization:\n      name: Authorization\n      in: header\n      example: ${makeKey()}\n`)).toBe(1)
    expect(found(`# assemblyai\nASSEMBLYAI_API_KEY:\n  description: the project key\n  default: ${makeKey()}\n`)).toBe(1)
  })
  it('logs and dumps: session and CSRF tokens, debug pages, dump rows of other vendors or named by their key, a history line after the key', () => {
    // a web session's or a form's tokens named as such, even near AssemblyAI code
    expect(found(`# assemblyai webhook\n1.2.3.4 - - "POST /settings" request_id=${makeKey()} session_id=${makeKey()} csrf_token=${makeKey()}\n`)).toBe(0)
    // Django's debug page names each value in the cell before it
    const cell = (name: string): string => `<tr><td>${name}</td><td class="code"><pre>&#x27;${makeKey()}&#x27;</pre></td></tr>\n`
    expect(found(`<h1>assemblyai</h1>\n${cell('csrftoken')}${cell('sessionid')}${cell('HTTP_X_REQUEST_ID')}${cell('ASSEMBLYAI_LAST_TRANSCRIPT_ID')}`)).toBe(0)
    expect(found(`<h1>assemblyai</h1>\n${cell('ASSEMBLYAI_API_KEY')}`)).toBe(1)
    // a dump's row naming another vendor; a key/value table's row named by its key
    expect(found(`INSERT INTO \`integrations\` VALUES (1,'assemblyai','${makeKey()}'),(2,'twilio','${makeKey()}');\n`)).toBe(1)
    expect(found(`-- assemblyai\nCOPY public.settings (id, key, value) FROM stdin;\n3\tassemblyai_api_key\t${makeKey()}\n4\tlast_session_id\t${makeKey()}\n\\.\n`)).toBe(1)
    // a checksum listing appended to a checksum file
    expect(found(`pip install assemblyai\necho "${makeKey()}  samples/call.wav" >> checksums.md5\n`)).toBe(0)
    // a Helm pod annotation's checksum of the secret it names
    expect(found(`podAnnotations:\n  checksum/secret: "${makeKey()}"\nassemblyai:\n  existingSecret: aai\n`)).toBe(0)
    // zsh's extended history starts the next line with ":": the value before it is no property name
    expect(found(`: 1714380150:0;export ASSEMBLYAI_API_KEY="${makeKey()}"\n: 1714380170:3;python -c "import assemblyai"\n`)).toBe(1)
  })
  it('hex colours', () => {
    expect(found(`ASSEMBLYAI_COLOR=#a1b2c3\n.assemblyai { color: #ffaa00; background: #123456 }`)).toBe(0)
  })
  it('placeholders', () => {
    const text = [
      'ASSEMBLYAI_API_KEY=your-api-key-here',
      'ASSEMBLYAI_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ASSEMBLYAI_API_KEY=<your assemblyai key>',
      `ASSEMBLYAI_API_KEY=${'0'.repeat(32)}`,
      `ASSEMBLYAI_API_KEY=${'0123456789abcdef'.repeat(2)}`,
      'ASSEMBLYAI_API_KEY=yourassemblyaiapikeygoeshere1234',
    ].join('\n')
    expect(found(text)).toBe(0)
  })
  it('environment references', () => {
    const text = [
      'const client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY })',
      'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}',
      "api_key = os.environ['ASSEMBLYAI_API_KEY']",
      'ASSEMBLYAI_API_KEY: ${{ secrets.ASSEMBLYAI_API_KEY }}',
    ].join('\n')
    expect(found(text)).toBe(0)
  })
  it('fixtures marked fake', () => {
    expect(found(`// fake key for the tests\nconst ASSEMBLYAI_API_KEY = '${makeKey()}'\nconst FAKE_ASSEMBLYAI_KEY = '${makeKey()}'\nASSEMBLYAI_API_KEY=${makeKey()} # dummy\n`)).toBe(0)
  })
  it("a test's fixture named as an example or a mock; outside tests, or named for tests, it is a key", () => {
    const text = `import assemblyai as aai\n\nEXAMPLE_ASSEMBLYAI_API_KEY = "${makeKey()}"\nmockAssemblyAiKey = "${makeKey()}"\n`
    expect(found(text, { testFile: true })).toBe(0)
    expect(found(text)).toBe(2)
    expect(found(`ASSEMBLYAI_TEST_KEY = "${makeKey()}"\n`, { testFile: true })).toBe(1)
  })
  it('a value in a sibling block of a structured file, away from the AssemblyAI block', () => {
    expect(found(`providers:\n  asr:\n    assemblyai:\n      api_key: "xxxxxxxx"\n  cache:\n    key_prefix: "${makeKey()}"\n`)).toBe(0)
    expect(found(`assemblyai:\n  api_key: \${ASSEMBLYAI_API_KEY}\nredis:\n  password: ${makeKey()}\n`)).toBe(0)
    expect(found(`{\n  "assemblyai": {\n    "region": "eu"\n  },\n  "queue": {\n    "token": "${makeKey()}"\n  }\n}\n`)).toBe(0)
    // a sibling naming AssemblyAI ties a settings block only inside the same mapping, and only a settings block
    expect(found(`transcription:\n  provider: assemblyai\nredis:\n  password: ${makeKey()}\n`)).toBe(0)
    expect(found(`steps:\n  - uses: acme/assemblyai-transcribe@v2\n  - uses: acme/other-action@v1\n    with:\n      token: ${makeKey()}\n`)).toBe(0)
    // a request file's header sent elsewhere
    expect(found(`post {\n  url: https://api.example.com/v1/upload\n}\nnotes {\n  assemblyai: later\n}\nheaders {\n  authorization: ${makeKey()}\n}\n`)).toBe(0)
  })
  it("a web framework's signing secret, a bundle's chunk map and another INI section, beside AssemblyAI code", () => {
    const aai = `import assemblyai as aai\naai.settings.api_key = os.environ["ASSEMBLYAI_API_KEY"]\n`
    expect(found(`${aai}SECRET_KEY = "${makeKey()}"\napp.secret_key = "${makeKey()}"\nSECRET_KEY = os.getenv("FLASK_SECRET_KEY", "${makeKey()}")\n`)).toBe(0)
    expect(found(`ASSEMBLYAI_API_KEY=\${AAI}\nNEXTAUTH_SECRET=${makeKey()}\nJWT_SECRET=${makeKey()}\n`)).toBe(0)
    expect(found(`const session = require('express-session')\napp.use(session({\n  secret: '${makeKey()}',\n}))\napp.use('/api', routes) // proxies to AssemblyAI\n`)).toBe(0)
    expect(found(`return "static/js/" + ({"431":"vendors-assemblyai"}[id] || id) + "." + {\n  "217": "${makeKey()}",\n  "431": "${makeKey()}"\n}[id] + ".chunk.js"\n`)).toBe(0)
    expect(found(`[assemblyai]\napi_key = \${ASSEMBLYAI_API_KEY}\n\n[redis]\nhost = localhost\npassword = ${makeKey()}\n`)).toBe(0)
  })
  it('... but the same names are keys when sent as one, or named for AssemblyAI, and a value in the AssemblyAI section is one', () => {
    expect(found(`SECRET_KEY = "${makeKey()}"\nimport assemblyai as aai\naai.settings.api_key = SECRET_KEY\nrequests.post(url, headers={"authorization": SECRET_KEY})\n`)).toBe(1)
    expect(found(`ASSEMBLYAI_SECRET_KEY = "${makeKey()}"\n`)).toBe(1)
    expect(found(`# services\n[assemblyai]\napi_key = ${makeKey()}\n[redis]\nhost = localhost\n`)).toBe(1)
    // "aai" as a camelCase word of a name
    expect(found(`{\n  "prod": {\n    "aaiKey": "${makeKey()}"\n  }\n}\n`)).toBe(1)
  })
  it('a version named so, even next to an AssemblyAI block', () => {
    expect(found(`ASSEMBLYAI = {\n    "api_key": os.environ["ASSEMBLYAI_API_KEY"],\n}\n\nCACHE_VERSION = "${makeKey()}"\nconst schemaVersion = "${makeKey()}"\n`)).toBe(0)
  })
  it('a column of an aligned table (a data frame, a listing) is named by its header', () => {
    const row = (id: string, v: string) => `       "0  ${id}  ${v}  completed\\n",\n`
    const uuid = '8c5294e2-ab49-4684-aec6-fc08934d28b6'
    const frame = `import assemblyai as aai\n      "text/plain": [\n       "                          transcript_id                        request_id     status\\n",\n${row(uuid, makeKey())}${row(uuid, makeKey())}      ]\n`
    expect(found(frame)).toBe(0)
    // a column named for the key is the key's
    const keys = `# assemblyai projects\nproject      api_key                           owner\nsupport      ${makeKey()}  ops\n`
    expect(found(keys)).toBe(1)
  })
  it("ids named by what they identify: a transcript's, an upload's, a job's", () => {
    expect(found(`If a job fails, look it up in the AssemblyAI dashboard by transcript id, for example\ntranscript \`${makeKey()}\` from the smoke test (upload \`${makeKey()}\`).\n`)).toBe(0)
    expect(found(`# assemblyai\njob: ${makeKey()}\nrecording=${makeKey()}\n`)).toBe(0)
  })
  it('an example of the digest the code next to it computes; a key sent to another host', () => {
    expect(found(`import assemblyai as aai\n\ndef cache_key(url):\n    # e.g. ${makeKey()} for https://storage.example.com/a.mp3\n    return hashlib.md5(url.encode()).hexdigest()\n`)).toBe(0)
    expect(found(`#!/bin/sh\n# Internal billing API (not AssemblyAI)\ncurl -s -H "X-Api-Key: ${makeKey()}" https://billing.internal.acme.dev/v1/usage\n`)).toBe(0)
    // AssemblyAI's host, or its API's path behind a proxy, still ties the key; a key named as one beside a digest stays a key
    expect(found(`# assemblyai\ncurl -H "authorization: ${makeKey()}" https://aai-proxy.acme.dev/v2/transcript\n`)).toBe(1)
    expect(found(`import assemblyai as aai\naai.settings.api_key = "${makeKey()}"\nh = hashlib.md5(b"x").hexdigest()\n`)).toBe(1)
  })
  it('blind set AA: another block, request, collection, purpose or computation names the value, beside AssemblyAI', () => {
    // a Terraform variable block named for another vendor
    expect(found(`variable "assemblyai_api_key" {\n  type    = string\n  default = "\${var.x}"\n}\n\nvariable "datadog_api_key" {\n  type      = string\n  sensitive = true\n  default   = "${makeKey()}"\n}\n`)).toBe(0)
    // a request file's header, under a request line to another host
    expect(found(`### Submit\nPOST https://api.assemblyai.com/v2/transcript\nAuthorization: {{assemblyai_api_key}}\n\n### Same file through another vendor\nPOST https://asr.api.speechmatics.com/v2/jobs/\nAuthorization: Bearer ${makeKey()}\nContent-Type: application/json\n`)).toBe(0)
    // a C# collection initialiser under its name, a brace alone between them
    expect(found(`// Hold music is cut before the audio goes to AssemblyAI.\npublic static class HoldMusic\n{\n    public static readonly HashSet<string> Digests = new(StringComparer.OrdinalIgnoreCase)\n    {\n        "${makeKey()}",\n    };\n}\n`)).toBe(0)
    // a secret for signing links or webhooks
    expect(found(`    assemblyai_base_url: str = "https://api.assemblyai.com"\n    share_link_secret: str = "${makeKey()}"\n    WEBHOOK_SECRET = "${makeKey()}"\n`)).toBe(0)
    // a notebook's printed output, its cell computing a UUID's hex
    const cell = (code: string, out: string) => `   "source": [\n    "import assemblyai as aai\\n"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "outputs": [\n    {\n     "name": "stdout",\n     "text": [\n      "${out}\\n"\n     ]\n    }\n   ],\n   "source": [\n    "${code}\\n",\n    "print(run_id)"\n   ]\n  }\n`
    expect(found(cell('run_id = uuid.uuid4().hex', makeKey()))).toBe(0)
    // ... but a cell printing the key it was given leaks it
    expect(found(cell('run_id = aai.settings.api_key', makeKey()))).toBe(1)
  })
  it('blind set AA: a Kubernetes Secret named for AssemblyAI holds its key, in the same manifest only', () => {
    const secret = (name: string, key: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: speech\ntype: Opaque\nstringData:\n  api-key: ${key}\n`
    expect(found(secret('call-analytics-assemblyai', makeKey()))).toBe(1)
    expect(found(`${secret('call-analytics-assemblyai', '"\${AAI}"')}---\n${secret('call-analytics-redis', makeKey())}`)).toBe(0)
  })
  it('blind set AD: asset manifests and analytics tokens in bundles, journal cursors, and a plist dict named for AssemblyAI', () => {
    const bare = { includeBare: true }
    // a service worker's file list of content hashes, and an analytics SDK's token, in built output
    expect(found(`const RESOURCES = {"main.dart.js": "${makeKey()}",\n"assets/.env": "${makeKey()}",\n"index.html": "${makeKey()}"};\n`, bare)).toBe(0)
    expect(found(`n.r(t);var a=n(3921),s=n.n(a);s().init("${makeKey()}",{track_pageview:!0})`, bare)).toBe(0)
    // ... while a bare value elsewhere in a bundle still counts
    expect(found(`let o="${makeKey()}";fetch(u,{headers:{authorization:o}})`, bare)).toBe(1)
    // a systemd journal's cursor above an AssemblyAI error
    expect(found(`Tue 2024-05-14 09:14:52 UTC [s=${makeKey()};i=1a2f;b=${makeKey()};m=2d41d21c;t=3edfb00993ba8;x=2b40792b854aaa67]\n    MESSAGE=assemblyai upload failed: 401\n`)).toBe(0)
    // a property list's dict is named by the <key> before it
    const plist = (k: string) => `<plist version="1.0">\n<dict>\n\t<key>assemblyai</key>\n\t<dict>\n\t\t<key>region</key>\n\t\t<string>us</string>\n\t\t<key>apiKey</key>\n\t\t<string>${k}</string>\n\t</dict>\n\t<key>revenuecat</key>\n\t<dict>\n\t\t<key>apiKey</key>\n\t\t<string>${makeKey()}</string>\n\t</dict>\n</dict>\n</plist>\n`
    expect(found(plist(makeKey()))).toBe(1)
  })
  it('blind set AF: digests keyed by file or described on their line, struct fields of other vendors, Serilog ids, YAML anchors', () => {
    // a table of expected digests keyed by file names, one of them named after AssemblyAI
    expect(found(`# Verifies the recordings before the AssemblyAI upload test.\n$Expected = @{\n  "calibration-tone.wav"  = "${makeKey()}"\n  "assemblyai-sample.wav" = "${makeKey()}"\n}\n`)).toBe(0)
    // a digest its own line describes, however the line names AssemblyAI
    expect(found(`const CACHE_NAMESPACE: &str = "${makeKey()}"; // md5("assemblyai-transcripts-v2")\n`)).toBe(0)
    // Datadog's key in a Go struct next to AssemblyAI's config, and Serilog's trace id in an AssemblyAI service's event
    expect(found(`var devConfig = stt.Config{\n\tBaseURL: "https://api.assemblyai.com",\n\tAPIKey:  os.Getenv("K"),\n}\n\nvar devTelemetry = telemetry.Config{\n\tDDAPIKey: "${makeKey()}",\n}\n`)).toBe(0)
    expect(found(`{"@mt":"Transcript {Id}","@tr":"${makeKey()}","@sp":"134bb92a5f69989b","SourceContext":"FieldRecorder.AaiService"}\n`)).toBe(0)
    // a YAML anchor's value is an AssemblyAI key where its alias is one
    const helm = (alias: string) => `shared:\n  speechKey: &speechKey "${makeKey()}"\n\n${alias}\n`
    expect(found(helm('assemblyai:\n  apiKey: *speechKey\n  baseUrl: https://api.assemblyai.com'))).toBe(1)
    expect(found(helm('redis:\n  password: *speechKey'))).toBe(0)
  })
  it('key-shaped values with no AssemblyAI context at all', () => {
    expect(found(`const apiKey = '${makeKey()}'\n`)).toBe(0)
  })
  it('a bare key-shaped value counts only where bare values are asked for (bundles)', () => {
    const text = `var a="${makeKey()}";`
    expect(found(text)).toBe(0)
    expect(found(text, { includeBare: true })).toBe(1)
  })
})

describe('detectKeys: large inputs', () => {
  it('a minified one-line bundle with thousands of hex values is handled value by value', () => {
    const values = Array.from({ length: 3000 }, () => makeKey())
    const text = `var m={${values.map((v, i) => `a${i}:"${v}"`).join(',')}};/* assemblyai */`
    const hits = detectKeys(text, { includeBare: true })
    expect(hits).toHaveLength(3000)
    expect(new Set(hits.map((h) => h.column)).size).toBe(3000)
  })
})

describe('detectKeys: no key without a context word (what the git grep prefilter relies on)', () => {
  const k = makeKey()
  // every context the detector knows, written once with a word that ties the value to AssemblyAI and
  // once with that word swapped for a neutral one: only the first may be found
  const contexts: [string, (word: string) => string][] = [
    ['variable', (w) => `${w.toUpperCase()}_API_KEY=${k}\n`],
    ['variable in code', (w) => `export const ${w}Key = '${k}'\n`],
    ['settings object', (w) => `${w}.settings.api_key = "${k}"\n`],
    ['line', (w) => `client = new Client('${k}') # ${w}\n`],
    ['nearby', (w) => `const K = '${k}'\n${filler(10)}// uses ${w}\n`],
    ['file: key-like name', (w) => `import x from '${w}'\n${filler(60)}const apiKey = "${k}"\n`],
    ['file: authorization header', (w) => `// ${w} client\n${filler(60)}headers: { Authorization: "${k}" }\n`],
    ['public prefix', (w) => `${w}VOICE_API_KEY=${k}\n`],
  ]
  const tying: Record<string, string> = {
    variable: 'assemblyai',
    'variable in code': 'assemblyai',
    'settings object': 'aai',
    line: 'AssemblyAI',
    nearby: 'assemblyai',
    'file: key-like name': 'assemblyai',
    'file: authorization header': 'ASSEMBLYAI',
    'public prefix': 'NEXT_PUBLIC_',
  }
  for (const [name, make] of contexts) {
    it(name, () => {
      expect(found(make(tying[name] as string))).toBe(1)
      expect(found(make('speech'))).toBe(0)
      expect(found(make('SPEECH_'))).toBe(0)
    })
  }

  it('holds for every case the detector finds: with the context words swapped out, nothing is found', () => {
    const texts = [
      `ASSEMBLYAI_API_KEY=${k}\n`,
      `assemblyai:\n  api_key: ${k}\n`,
      `import assemblyai as aai\naai.settings.api_key = "${k}"\n`,
      `VITE_AAI_KEY=${k}\nREACT_APP_ASSEMBLYAI_KEY=${k}\nGATSBY_AAI_TOKEN=${k}\nEXPO_PUBLIC_KEY=${k}\n`,
      `await fetch('https://api.assemblyai.com/v2/transcript', { headers: { authorization: '${k}' } })\n`,
    ]
    const neutral = (t: string): string => t.replace(/assemblyai|aai|public_|vite_|react_app_|gatsby_/gi, 'zz')
    for (const text of texts) {
      expect(found(text)).toBeGreaterThan(0)
      expect(found(neutral(text))).toBe(0)
    }
    // built bundles are the exception: any key-shaped hex value counts there
    expect(found(neutral(`t.k="${k}"`), { includeBare: true })).toBe(1)
  })
})
