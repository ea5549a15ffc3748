/**
 * Rule 7 (and the facts rule 8 needs) on TypeScript/JavaScript, through the TypeScript compiler API:
 * transcript requests (SDK `transcripts.transcribe/submit/create`, raw POST to `/v2/transcript`)
 * without `redact_pii: true`, without `content_safety`, with `webhook_url` but no
 * `webhook_auth_header_name`; `createTemporaryToken` with a long TTL; a streaming transcriber given
 * `apiKey` in browser code; `redact_pii_return_unredacted: true`. Only statically known values are
 * judged: an options object we cannot see is never reported.
 *
 * @module
 */
import type * as TS from 'typescript'
import { STREAMING_ENDPOINT } from './code-keywords.js'
import type { FindingInput } from './fingerprint.js'
import type { ImportResolver } from './internal/module-exports.js'
import { TsEval } from './internal/ts-eval.js'
import { isBrowserPath, isServerPath } from './path-kinds.js'

export interface CodeCheckOptions {
  readonly maxTokenTtlSeconds: number
  /** The file is under the `src/` of a single-page app (`browser-apps.ts`): browser code unless it says otherwise. */
  readonly spaSource?: boolean | undefined
  /** Reads what the file imports from the app's own modules (relative imports); without it, imports stay unknown. */
  readonly resolveImport?: ImportResolver | undefined
}

export interface CodeSite {
  readonly file: string
  readonly line: number
  readonly column: number
}

export interface CodeCheckResult {
  readonly findings: FindingInput[]
  /** Where this file calls AssemblyAI's transcript API, if it does. */
  readonly usesTranscripts: CodeSite | undefined
  /** True when this file deletes transcripts. */
  readonly deletesTranscripts: boolean
}

const TRANSCRIPT_PATH = /\/v2\/transcript(?:$|[?#"'`])/
const TRANSCRIPT_ANY = /\/v2\/transcript/
const TOKEN_PATH = /\/v3\/token|\/v2\/realtime\/token/
const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head'])
const HTTP_CLIENTS = new Set(['fetch', '$fetch', 'ofetch', 'request', 'axios', 'got', 'ky', 'undici', 'needle', 'superagent'])
const SDK_REQUESTS = new Set(['transcribe', 'submit', 'create'])
/** What every AssemblyAI transcript request names (the SDK's `audio`, the REST API's `audio_url`). */
const AUDIO_PARAMS = ['audio', 'audio_url']
/** An id passed where params would go (`draft.id`, `transcriptId`, `job_id`). */
const ID_NAME = /^(?:id|.*Id|.*_id|.*ID)$/
/** A transcript's path with its id, relative to a client's base URL (`/transcript/${id}`, `v2/transcript/${id}`). */
const RELATIVE_TRANSCRIPT_ID = /^\/?(?:v2\/)?transcript\/[^/?#]/
/** A class's property naming its requests' base URL (Apollo's RESTDataSource `baseURL`). */
const BASE_URL_NAMES: ReadonlySet<string> = new Set(['baseURL', 'baseUrl', 'prefixUrl'])
/** Calls that make an HTTP client with a base URL (axios.create, ky.create/extend, got.extend). */
const CLIENT_FACTORIES = new Set(['create', 'extend'])
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i
/** An absolute URL on another host than AssemblyAI's: an app's own `/v2/transcript`. */
const otherHost = (url: string): boolean => ABSOLUTE_URL.test(url) && !/^[a-z]+:\/\/(?:[\w-]+\.)*assemblyai\.com(?::\d+)?(?:[/?#]|$)/i.test(url)
const SHOWS_ASSEMBLYAI = /assembly[-_.]?ai|(?<![\w$])aai(?![\w$])|(?<![a-z])aai(?=[A-Z_])/i
/** A temporary token's lifetime in a URL's query (`/v3/token?expires_in_seconds=86400`). */
function ttlInQuery(url: string): number | undefined {
  const q = /expires_in(?:_seconds)?=(\d+)/.exec(url)
  return q?.[1] === undefined ? undefined : Number(q[1])
}
const STREAMING_CLASSES = new Set(['StreamingTranscriber', 'RealtimeTranscriber', 'RealtimeService'])
/** The SDK's package (and its entry points: `assemblyai/streaming`), also from a CDN (`https://esm.sh/assemblyai@4.9.0/streaming`). */
const SDK_MODULE = /^assemblyai(?:\/|$)|^https?:\/\/[^\s]*\/(?:npm\/)?assemblyai(?:@|\/|$)/

/** The file declares a class of that name at its top level (its own, not the SDK's). */
function declaresClass(ts: typeof TS, sf: TS.SourceFile, name: string): boolean {
  return sf.statements.some((st) => ts.isClassDeclaration(st) && st.name?.text === name)
}
/** Names of an API key (`apiKey`, `ASSEMBLYAI_API_KEY`, `Config.AAI_KEY`), not of a token. */
const KEY_NAME = /api[-_]?key|^(?:assembly[-_]?ai|aai)[-_]?key$|_key$/i
/** WebSocket classes a raw streaming connection is opened with. */
const SOCKET_CLASSES = new Set(['WebSocket', 'ReconnectingWebSocket'])
const BROWSER_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage'])

export function checkCode(ts: typeof TS, file: string, source: string, options: CodeCheckOptions): CodeCheckResult {
  const component = COMPONENT_FILE.test(file)
  // a Vue or Svelte component: its <script> blocks, with everything else blanked so lines and columns stay
  const text = component ? scriptBlocksOnly(source) : source
  const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.jsx$/.test(file) ? ts.ScriptKind.JSX : /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const ev = new TsEval(ts, options.resolveImport)
  const findings: FindingInput[] = []
  const counts = new Map<string, number>()
  let usesTranscripts: CodeSite | undefined
  /** The file names AssemblyAI: its SDK or a module named for it, its host, a client called `aai`. */
  const showsAssemblyAI = SHOWS_ASSEMBLYAI.test(source)
  let deletesTranscripts = false
  let browserGlobals = false
  const streamingWithKey: TS.Node[] = []
  /** `new X({ apiKey })` of any class: the streaming ones are picked once every alias is known. */
  const constructedWithKey: TS.NewExpression[] = []
  /** Local names the streaming classes are imported under. */
  const streamingAliases = new Set<string>()
  /** A streaming class by its name, an alias, or a constant holding it (`const RT = aai.RealtimeTranscriber`). */
  const isStreamingClass = (callee: TS.Expression): boolean => {
    const name = ev.calleeName(callee)
    if (name === undefined) return false
    // (a class of that name imported from another package or the app's own modules is not the SDK's:
    // `import { RealtimeTranscriber } from "../lib/realtime/RealtimeTranscriber"`, an OpenAI wrapper)
    if (STREAMING_CLASSES.has(name) && ts.isIdentifier(callee)) {
      const from = moduleOf(name)
      if (from !== undefined && !SDK_MODULE.test(from)) return false
      if (declaresClass(ts, sf, name)) return false
    }
    if (STREAMING_CLASSES.has(name) || streamingAliases.has(name)) return true
    const held = ts.isIdentifier(callee) ? ev.resolveIdentifier(callee) : undefined
    const heldName = held !== undefined && held !== callee ? ev.calleeName(held) : undefined
    return heldName !== undefined && STREAMING_CLASSES.has(heldName)
  }

  const at = (node: TS.Node): { line: number; column: number } => {
    const p = sf.getLineAndCharacterOfPosition(node.getStart(sf))
    return { line: p.line + 1, column: p.character + 1 }
  }
  const report = (rule: string, node: TS.Node, message: string, what: string): void => {
    const n = (counts.get(`${rule}${what}`) ?? 0) + 1
    counts.set(`${rule}${what}`, n)
    findings.push({ rule, file, ...at(node), message, subject: `${what}#${n}` })
  }

  const checkTranscriptParams = (call: TS.Node, params: TS.Expression | undefined, what: string): void => {
    const shape = params === undefined ? undefined : ev.objectOf(params)
    // (retention: `transcripts.create(doc)` is also every ORM's create: on unknown params, in a file that never
    // names AssemblyAI, it is an app's own model (`this.transcripts.create(doc)` on Mongoose), not a request)
    // ... nor is a POST of unknown params to a bare `/v2/transcript` path there (an app's own REST client)
    const generic = (what === 'transcripts.create()' || what === 'POST /v2/transcript') && !showsAssemblyAI && !(shape !== undefined && AUDIO_PARAMS.some((k) => shape.props.has(k)))
    if (!generic) usesTranscripts ??= { file, ...at(call) }
    if (shape === undefined) return
    const known = (key: string): boolean | 'missing' | undefined => {
      const v = shape.props.get(key)
      if (v === undefined) return shape.complete ? 'missing' : undefined
      return ev.booleanOf(v)
    }
    const redact = known('redact_pii')
    if (redact === 'missing' || redact === false)
      report('transcribe-without-redact-pii', call, `${what} requests a transcript without redact_pii: true`, what)
    const safety = known('content_safety')
    if (safety === 'missing' || safety === false)
      report('content-safety-off', call, `${what} requests a transcript without content_safety`, what)
    if (shape.props.has('webhook_url') && !shape.props.has('webhook_auth_header_name') && shape.complete)
      report('webhook-without-auth', call, `${what} sets webhook_url without webhook_auth_header_name`, what)
  }

  /**
   * The argument is no transcript request's params: an object known in full that names no audio, or
   * an id (`transcripts.submit(draft.id)`, a string): an app's own service of that name.
   */
  const notAnAudioRequest = (params: TS.Expression | undefined): boolean => {
    if (params === undefined) return false
    const p = ev.unwrap(params)
    if (ts.isStringLiteralLike(p) || ts.isTemplateExpression(p) || ts.isNumericLiteral(p)) return true
    const last = ts.isIdentifier(p) ? p.text : ts.isPropertyAccessExpression(p) ? p.name.text : undefined
    if (last !== undefined && ID_NAME.test(last)) return true
    const shape = ev.objectOf(params)
    return shape !== undefined && shape.complete && shape.props.size > 0 && !AUDIO_PARAMS.some((k) => shape.props.has(k))
  }

  /** The base URL of the HTTP client a method is called on (`const aai = axios.create({ baseURL })`; `aai.post(...)`). */
  const baseUrlOf = (callee: TS.Expression): string | undefined => {
    const c = ev.unwrap(callee)
    if (!ts.isPropertyAccessExpression(c)) return undefined
    // a class's own base URL (Apollo's `RESTDataSource`: `override baseURL = "https://api.assemblyai.com/"`, then `this.post(...)`),
    // or the client one of its properties holds (`private http = axios.create({ baseURL })`, then `this.http.post(...)`)
    if (c.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const own = classMember(c, BASE_URL_NAMES)
      return own === undefined ? undefined : ev.stringOf(own)
    }
    const inner = ev.unwrap(c.expression)
    const made = ts.isPropertyAccessExpression(inner) && inner.expression.kind === ts.SyntaxKind.ThisKeyword ? classMember(inner, new Set([inner.name.text])) : ev.resolveIdentifier(c.expression)
    if (made === undefined || !ts.isCallExpression(made) || !CLIENT_FACTORIES.has(ev.calleeName(made.expression) ?? '') || made.arguments[0] === undefined) return undefined
    const options = ev.objectOf(made.arguments[0])
    const b = options?.props.get('baseURL') ?? options?.props.get('prefixUrl') ?? options?.props.get('baseUrl')
    return b === undefined ? undefined : ev.stringOf(b)
  }

  /** The initializer of a property (one of `names`) of the class `node` is in, or the value its constructor assigns it. */
  const classMember = (node: TS.Node, names: ReadonlySet<string>): TS.Expression | undefined => {
    let cls: TS.Node | undefined = node.parent
    while (cls !== undefined && !ts.isClassDeclaration(cls) && !ts.isClassExpression(cls)) cls = cls.parent
    if (cls === undefined) return undefined
    for (const m of (cls as TS.ClassLikeDeclaration).members) {
      if (ts.isPropertyDeclaration(m) && m.initializer !== undefined && ts.isIdentifier(m.name) && names.has(m.name.text)) return m.initializer
      if (!ts.isConstructorDeclaration(m) || m.body === undefined) continue
      for (const st of m.body.statements) {
        if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression) || st.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue
        const target = st.expression.left
        if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword && names.has(target.name.text)) return st.expression.right
      }
    }
    return undefined
  }

  /** Local names bound by imports and `require` calls, with the module each comes from. */
  const importsByFile = new Map<TS.SourceFile, Map<string, string>>()
  /** The module `name` is imported from in `file` (this file, or a module of the app a value was read from). */
  const moduleOf = (name: string, file: TS.SourceFile = sf): string | undefined => {
    let importedFrom = importsByFile.get(file)
    if (importedFrom === undefined) {
      importedFrom = new Map()
      importsByFile.set(file, importedFrom)
      for (const st of file.statements) {
        if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && st.importClause !== undefined) {
          const from = st.moduleSpecifier.text
          const clause = st.importClause
          if (clause.name !== undefined) importedFrom.set(clause.name.text, from)
          const bindings = clause.namedBindings
          if (bindings !== undefined && ts.isNamespaceImport(bindings)) importedFrom.set(bindings.name.text, from)
          else if (bindings !== undefined) for (const el of bindings.elements) importedFrom.set(el.name.text, from)
        } else if (ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations) {
            const init = d.initializer === undefined ? undefined : ev.unwrap(d.initializer)
            if (init === undefined || !ts.isCallExpression(init) || ev.calleeName(init.expression) !== 'require') continue
            const arg = init.arguments[0]
            if (arg === undefined || !ts.isStringLiteralLike(arg)) continue
            if (ts.isIdentifier(d.name)) importedFrom.set(d.name.text, arg.text)
            else for (const el of d.name.elements) if (!ts.isOmittedExpression(el) && ts.isIdentifier(el.name)) importedFrom.set(el.name.text, arg.text)
          }
        }
      }
    }
    return importedFrom.get(name)
  }
  /** A package of another vendor: a bare specifier (no relative path, no alias) that does not name AssemblyAI. */
  const otherPackage = (from: string | undefined): boolean => from !== undefined && /^(?:@[\w.-]+\/)?[\w.-]+(?:\/|$)/.test(from) && !from.startsWith('.') && !SHOWS_ASSEMBLYAI.test(from)
  /**
   * The client a `transcripts` call is made on is another vendor's: constructed here from a class
   * (`new RevAiApiClient(...)`), made by a factory (`createClient(key)` from '@deepgram/sdk'), or
   * imported, from a package that does not name AssemblyAI.
   */
  const otherVendorClient = (callee: TS.Expression): boolean => {
    const c = ev.unwrap(callee)
    if (!ts.isPropertyAccessExpression(c)) return false
    let owner: TS.Expression = ev.unwrap(c.expression)
    // `client.transcripts.transcribe(...)`, or `const t = client.transcripts; t.transcribe(...)`
    if (ts.isIdentifier(owner)) {
      const held = ev.resolveIdentifier(owner)
      if (held !== undefined && held !== owner && ts.isPropertyAccessExpression(held)) owner = held
    }
    if (!ts.isPropertyAccessExpression(owner)) return false
    const root = ev.unwrap(owner.expression)
    if (!ts.isIdentifier(root)) return false
    const made = ev.resolveIdentifier(root)
    const fromMade = (e: TS.Expression): boolean => {
      const u = ev.unwrap(ts.isAwaitExpression(e) ? e.expression : e)
      if (!ts.isNewExpression(u) && !ts.isCallExpression(u)) return false
      const ctor = ev.unwrap(u.expression)
      const cls = ev.calleeName(ctor)
      if (cls === undefined || SHOWS_ASSEMBLYAI.test(cls) || cls === 'AssemblyAI') return false
      // a class the app declares itself (here or in its own modules) that never names AssemblyAI (nor extends
      // its SDK): its methods are the app's own (a Speechmatics adapter "with the same shape")
      const own = ts.isIdentifier(ctor) ? ev.classOf(ctor) : undefined
      if (own !== undefined) return !SHOWS_ASSEMBLYAI.test(own.getText())
      const base = ts.isIdentifier(ctor) ? ctor.text : ts.isPropertyAccessExpression(ctor) && ts.isIdentifier(ctor.expression) ? ctor.expression.text : undefined
      // (a client made in another module of the app: the class is imported there)
      return base !== undefined && otherPackage(moduleOf(base, u.getSourceFile()))
    }
    if (made !== undefined && made !== root) return fromMade(made)
    return otherPackage(moduleOf(root.text))
  }

  /** The client a streaming factory is called on was constructed with an API key (not a token). */
  const clientHasKey = (callee: TS.Expression): boolean => {
    const c = ev.unwrap(callee)
    if (!ts.isPropertyAccessExpression(c) || !ts.isPropertyAccessExpression(c.expression)) return false
    const made = ev.resolveIdentifier(c.expression.expression)
    if (made === undefined || !ts.isNewExpression(made) || ev.calleeName(made.expression) !== 'AssemblyAI' || made.arguments?.[0] === undefined) return false
    const key = ev.objectOf(made.arguments[0])?.props.get('apiKey')
    return key !== undefined && !/token/i.test(leafName(key) ?? '')
  }

  /** The last name an expression reads (`apiKey`, `process.env.X` -> X, `Config.AAI_KEY` -> AAI_KEY). */
  const leafName = (e: TS.Expression): string | undefined => {
    const u = ev.unwrap(e)
    return ts.isIdentifier(u) ? u.text : ts.isPropertyAccessExpression(u) ? u.name.text : undefined
  }

  /** A streaming URL (a template, a concatenation, or a constant holding one) with an API key's name in it. */
  const urlCarriesKey = (arg: TS.Expression, depth = 0): boolean => {
    const u = ev.unwrap(arg)
    if (ts.isIdentifier(u) && depth < 3) {
      const held = ev.resolveIdentifier(u)
      return held !== undefined && held !== u && urlCarriesKey(held, depth + 1)
    }
    const parts: TS.Expression[] = []
    let literal = ''
    const collect = (x: TS.Expression): void => {
      const y = ev.unwrap(x)
      if (ts.isTemplateExpression(y)) {
        literal += y.head.text
        for (const span of y.templateSpans) {
          collect(span.expression)
          literal += span.literal.text
        }
      } else if (ts.isBinaryExpression(y) && y.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        collect(y.left)
        collect(y.right)
      } else if (ts.isStringLiteralLike(y)) literal += y.text
      else {
        // a constant holding the endpoint (`${STREAMING_URL}?token=${apiKey}`) is part of the URL's text
        // (not a name of a key: its value is what the check looks for)
        const held = ts.isIdentifier(y) && !KEY_NAME.test(y.text) ? ev.stringOf(y) : undefined
        if (held !== undefined) literal += held
        else parts.push(y)
      }
    }
    collect(u)
    if (!STREAMING_ENDPOINT.test(literal)) return false
    return parts.some((p) => {
      const n = leafName(p)
      return n !== undefined && KEY_NAME.test(n) && !/token/i.test(n)
    })
  }

  /** A token lifetime as written: a number, arithmetic on constants, or a numeric string (`'7200'`, as queries hold them). */
  const ttlOf = (e: TS.Expression): number | undefined => {
    // `String(TOKEN_TTL)`, `Number(x)`, `` `${TTL}` ``: the number converted
    const u = ev.unwrap(e)
    if (ts.isCallExpression(u) && u.arguments.length === 1 && ts.isIdentifier(u.expression) && (u.expression.text === 'String' || u.expression.text === 'Number')) return ttlOf(u.arguments[0] as TS.Expression)
    if (ts.isTemplateExpression(u) && u.head.text === '' && u.templateSpans.length === 1 && u.templateSpans[0]?.literal.text === '') return ttlOf((u.templateSpans[0] as TS.TemplateSpan).expression)
    return ev.numberOf(e) ?? numericString(ev.stringOf(e))
  }

  const checkTtl = (call: TS.Node, value: number | undefined, what: string): void => {
    if (value !== undefined && value > options.maxTokenTtlSeconds)
      report('token-ttl-too-long', call, `${what} asks for a ${value} s token (maximum ${options.maxTokenTtlSeconds} s)`, what)
  }

  const visitCall = (node: TS.CallExpression): void => {
    const name = ev.calleeName(node.expression)
    const receiver = ev.receiverName(node.expression)
    // (`fetch(new Request(url, init))`: the request's own URL and init)
    const first = node.arguments[0] === undefined ? undefined : ev.unwrap(node.arguments[0])
    const args = name === 'fetch' && first !== undefined && ts.isNewExpression(first) && ts.isIdentifier(first.expression) && first.expression.text === 'Request' && first.arguments !== undefined ? first.arguments : node.arguments
    if (name !== undefined && receiver === 'transcripts' && SDK_REQUESTS.has(name)) {
      // `prisma.transcripts.create({ data })`, `models.transcripts.create(row)`: an app's own table of
      // transcripts, not AssemblyAI's (a request to AssemblyAI names its audio); nor is another
      // vendor's client (`new SpeechVendor({ token }).transcripts.transcribe(...)`)
      if (!notAnAudioRequest(args[0]) && !otherVendorClient(node.expression)) checkTranscriptParams(node, args[0], `transcripts.${name}()`)
      return
    }
    if (name === 'delete' && receiver === 'transcripts') {
      // (`db.transcripts.delete({ where: { id } })` deletes an app's own row: the SDK takes the id)
      const arg = args[0] === undefined ? undefined : ev.unwrap(args[0])
      if (arg === undefined || !ts.isObjectLiteralExpression(arg)) deletesTranscripts = true
      return
    }
    if (name === 'createTemporaryToken') {
      const shape = args[0] ? ev.objectOf(args[0]) : undefined
      const ttl = shape?.props.get('expires_in_seconds') ?? shape?.props.get('expires_in')
      checkTtl(node, ttl ? ttlOf(ttl) : undefined, 'createTemporaryToken()')
      return
    }
    if (name === 'transcriber' && (receiver === 'streaming' || receiver === 'realtime')) {
      const shape = args[0] ? ev.objectOf(args[0]) : undefined
      // given the key itself, or made by a client constructed with it (`new AssemblyAI({ apiKey })`, then
      // `client.streaming.transcriber(...)`): a temporary token passed instead makes neither
      if (shape?.props.has('apiKey') || (!shape?.props.has('token') && clientHasKey(node.expression))) streamingWithKey.push(node)
      return
    }
    // Node's own client: `https.request({ hostname, path, method }, callback)` (or `https.get`), the body written later
    if ((name === 'request' || name === 'get') && (receiver === 'https' || receiver === 'http')) {
      checkNodeRequest(node, args)
      return
    }
    // raw HTTP: a URL argument (or `{ url }`) naming the transcript or token endpoint, on AssemblyAI's
    // host or a relative one (a proxy); a client made with a base URL (`axios.create({ baseURL })`) adds it
    const base = baseUrlOf(node.expression)
    let url: string | undefined
    let urlIndex = -1
    for (let i = 0; i < args.length && url === undefined; i++) {
      let s = ev.stringOf(args[i] as TS.Expression)
      if (s !== undefined && base !== undefined && !ABSOLUTE_URL.test(s)) s = `${base.replace(/\/+$/, '')}/${s.replace(/^\/+/, '')}`
      if (s !== undefined && (TRANSCRIPT_ANY.test(s) || TOKEN_PATH.test(s)) && !otherHost(s)) {
        url = s
        urlIndex = i
      }
    }
    let config: ReturnType<TsEval['objectOf']>
    if (url === undefined && args[0]) {
      config = ev.objectOf(args[0])
      const u = config?.props.get('url')
      const s = u ? ev.stringOf(u) : undefined
      if (s !== undefined && (TRANSCRIPT_ANY.test(s) || TOKEN_PATH.test(s)) && !otherHost(s)) url = s
    } else if (urlIndex >= 0) {
      for (let i = urlIndex + 1; i < args.length && config === undefined; i++) config = ev.objectOf(args[i] as TS.Expression)
    }
    // a DELETE of `/transcript/<id>` relative to a client whose base URL is not known here (an axios instance
    // injected into a class: `this.http.delete(\`/transcript/${id}\`)`): the API's transcript, deleted
    if (url === undefined && (name === 'delete' || name === 'del') && base === undefined) {
      const path = args[0] === undefined ? undefined : ev.stringOf(args[0])
      if (path !== undefined && RELATIVE_TRANSCRIPT_ID.test(path)) deletesTranscripts = true
    }
    if (url === undefined) return
    const lowerName = name?.toLowerCase()
    const methodExpr = config?.props.get('method')
    const method = (methodExpr ? ev.stringOf(methodExpr) : undefined)?.toLowerCase() ?? (lowerName && HTTP_VERBS.has(lowerName) ? lowerName : 'get')
    if (args.some((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a))) return // a route handler, not a request
    if (TRANSCRIPT_ANY.test(url) && (method === 'delete' || method === 'del')) {
      deletesTranscripts = true
      return
    }
    // the request's JSON body: `axios.post(url, body)`; `got.post(url, { json })`, `ky.post(url, { json })`
    // (an options object: it holds `json`, or `headers` beside `body`/`data`); `fetch(url, { body })`
    const requestBody = (): TS.Expression | undefined => {
      let body: TS.Expression | undefined
      const second = lowerName === 'post' && urlIndex >= 0 ? args[urlIndex + 1] : undefined
      const options = second !== undefined ? ev.objectOf(second) : undefined
      // (... or only a `body`, no params of its own: Apollo's RESTDataSource `this.post(path, { body })`)
      const bodyOnly = options !== undefined && options.props.has('body') && !AUDIO_PARAMS.some((k) => options.props.has(k))
      if (second !== undefined && options !== undefined && (options.props.has('json') || bodyOnly || (options.props.has('headers') && (options.props.has('body') || options.props.has('data')))))
        body = options.props.get('json') ?? options.props.get('body') ?? options.props.get('data')
      else if (second !== undefined) body = second
      else if (config !== undefined) body = config.props.get('body') ?? config.props.get('data') ?? config.props.get('json')
      return body === undefined ? undefined : jsonBodyOf(body)
    }
    if (TRANSCRIPT_PATH.test(url) && method === 'post') {
      checkTranscriptParams(node, requestBody(), 'POST /v2/transcript')
      return
    }
    if (TOKEN_PATH.test(url) && lowerName !== undefined && (HTTP_CLIENTS.has(lowerName) || HTTP_VERBS.has(lowerName))) {
      let ttl = ttlInQuery(url)
      // the query (`params`), or the JSON body of a POST (the v2 real-time token takes `expires_in` there)
      // (`query` for ofetch/`$fetch`, `searchParams` for ky and got)
      for (const holder of [config?.props.get('params'), config?.props.get('query'), config?.props.get('searchParams'), method === 'post' ? requestBody() : undefined]) {
        const shape = holder ? ev.objectOf(holder) : undefined
        const p = shape?.props.get('expires_in_seconds') ?? shape?.props.get('expires_in')
        if (p !== undefined) ttl = ttlOf(p)
      }
      checkTtl(node, ttl, 'temporary token request')
    }
  }

  /**
   * `https.request(options, callback)` (or `(url, options, callback)`): the endpoint from the URL or from
   * `hostname`/`host` and `path`; a POST's body is what the request is later given (`req.write(body)`,
   * `req.end(body)`), followed through `JSON.stringify`.
   */
  const checkNodeRequest = (node: TS.CallExpression, args: TS.NodeArray<TS.Expression>): void => {
    const first = args[0]
    if (first === undefined) return
    let url = ev.stringOf(first)
    const opts = url !== undefined ? (args[1] !== undefined ? ev.objectOf(args[1]) : undefined) : ev.objectOf(first)
    if (url === undefined && opts !== undefined) {
      const host = opts.props.get('hostname') ?? opts.props.get('host')
      const path = opts.props.get('path')
      const h = host === undefined ? undefined : ev.stringOf(host)
      const p = path === undefined ? undefined : ev.stringOf(path)
      if (p !== undefined) url = h === undefined ? p : `https://${h}${p.startsWith('/') ? '' : '/'}${p}`
    }
    if (url === undefined || otherHost(url)) return
    const m = opts?.props.get('method')
    const method = (m === undefined ? undefined : ev.stringOf(m))?.toLowerCase() ?? 'get'
    if (TOKEN_PATH.test(url)) {
      checkTtl(node, ttlInQuery(url), 'temporary token request')
      return
    }
    if (!TRANSCRIPT_ANY.test(url)) return
    if (method === 'delete') {
      deletesTranscripts = true
      return
    }
    if (method !== 'post' || !TRANSCRIPT_PATH.test(url)) return
    const body = writtenBody(node)
    checkTranscriptParams(node, body === undefined ? undefined : jsonBodyOf(body), 'POST /v2/transcript')
  }

  /**
   * A request body as the params it carries: what `JSON.stringify(x)` is given, also through a
   * constant holding that call (`const body = JSON.stringify({ ... })`).
   */
  const jsonBodyOf = (body: TS.Expression): TS.Expression => {
    const direct = ev.unwrap(body)
    const b = ts.isIdentifier(direct) ? ev.unwrap(ev.resolveIdentifier(direct) ?? direct) : direct
    return ts.isCallExpression(b) && ev.calleeName(b.expression) === 'stringify' && b.arguments[0] ? b.arguments[0] : body
  }

  /** What `const req = https.request(...)` is given later in its scope: the argument of `req.write(x)` or `req.end(x)`. */
  const writtenBody = (call: TS.CallExpression): TS.Expression | undefined => {
    const decl = call.parent
    if (!ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined
    const req = decl.name.text
    let scope: TS.Node = decl
    while (!ts.isBlock(scope) && !ts.isSourceFile(scope) && scope.parent !== undefined) scope = scope.parent
    let found: TS.Expression | undefined
    const look = (n: TS.Node): void => {
      if (found !== undefined) return
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression) && n.expression.expression.text === req && (n.expression.name.text === 'write' || n.expression.name.text === 'end') && n.arguments[0] !== undefined) {
        found = n.arguments[0]
        return
      }
      ts.forEachChild(n, look)
    }
    look(scope)
    return found
  }

  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) visitCall(node)
    else if (ts.isNewExpression(node)) {
      if (node.arguments?.[0] && ev.objectOf(node.arguments[0])?.props.has('apiKey')) constructedWithKey.push(node)
      const cls = ev.calleeName(node.expression)
      // a raw streaming socket whose URL carries the API key (`wss://streaming.assemblyai.com/v3/ws?token=${apiKey}`)
      if (cls !== undefined && SOCKET_CLASSES.has(cls) && node.arguments?.[0] && urlCarriesKey(node.arguments[0])) streamingWithKey.push(node)
      // a token request's query built apart (`new URLSearchParams({ expires_in_seconds: '7200' })`)
      if (cls === 'URLSearchParams' && node.arguments?.[0] && TOKEN_PATH.test(text)) {
        const shape = ev.objectOf(node.arguments[0])
        const ttl = shape?.props.get('expires_in_seconds') ?? shape?.props.get('expires_in')
        if (ttl !== undefined) checkTtl(ttl, ttlOf(ttl), 'temporary token request')
      }
    } else if ((ts.isImportSpecifier(node) || ts.isBindingElement(node)) && node.propertyName !== undefined && ts.isIdentifier(node.propertyName) && ts.isIdentifier(node.name)) {
      // `import { RealtimeTranscriber as RT }`, `const { StreamingTranscriber: ST } = require(...)`
      if (STREAMING_CLASSES.has(node.propertyName.text)) streamingAliases.add(node.name.text)
    } else if (ts.isPropertyAssignment(node)) {
      if (ev.propName(node.name) === 'redact_pii_return_unredacted' && ev.booleanOf(node.initializer) === true)
        report('unredacted-requested', node, 'redact_pii_return_unredacted: true keeps an unredacted copy of the transcript', 'redact_pii_return_unredacted')
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && unredactedTarget(ts, node.left) && ev.booleanOf(node.right) === true) {
      // `params.redact_pii_return_unredacted = true`, `this.params['redact_pii_return_unredacted'] = true`: set after the literal
      report('unredacted-requested', node, 'redact_pii_return_unredacted = true keeps an unredacted copy of the transcript', 'redact_pii_return_unredacted')
    } else if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !ts.isPropertyAccessExpression(node.parent)) {
      browserGlobals = true
    } else if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) {
      browserGlobals = true
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  for (const node of constructedWithKey) if (isStreamingClass(node.expression)) streamingWithKey.push(node)
  streamingWithKey.sort((a, b) => a.pos - b.pos)

  const spa = options.spaSource === true && !importsNodeModules(ts, sf)
  if (streamingWithKey.length > 0 && (component || shipsToBrowser(ts, sf, file, spa || browserGlobals || PUBLIC_ENV_READ.test(text)))) {
    for (const node of streamingWithKey)
      report('streaming-key-in-browser', node, 'a streaming transcriber or socket is given the API key in code that runs in the browser', 'streaming')
  }
  return { findings, usesTranscripts, deletesTranscripts }
}

/** A number written as a string (`'7200'`). */
function numericString(s: string | undefined): number | undefined {
  return s !== undefined && /^\d+$/.test(s.trim()) ? Number(s) : undefined
}

function shipsToBrowser(ts: typeof TS, sf: TS.SourceFile, file: string, browserSignals: boolean): boolean {
  for (const st of sf.statements) {
    if (!ts.isExpressionStatement(st) || !ts.isStringLiteral(st.expression)) break
    if (st.expression.text === 'use client') return true
    if (st.expression.text === 'use server') return false
  }
  // API routes, route handlers and server modules run on the server, whatever folder they sit in
  if (isServerPath(file)) return false
  if (browserSignals) return true
  // a script or module beside the app's code that reads Node's own modules (`web/src/tools/record.ts`
  // importing `node:fs`) runs in Node: no browser has them (a JSX file or a Next.js page may import
  // them for its server-side data functions and still render in the browser)
  return isBrowserPath(file) && (JSX_OR_PAGE.test(file) || !importsNodeModules(ts, sf))
}

/** A JSX file, or a Next.js page (under `pages/`, or an App Router `page.js`), whatever its extension. */
const JSX_OR_PAGE = /\.[jt]sx$|(?:^|\/)pages\/|(?:^|\/)page\.[cm]?[jt]sx?$/

/** Modules only Node has (`node:fs`, `fs`, `ws`...): a file importing one runs on a server, whatever its folder. */
const NODE_ONLY_MODULES = /^(?:node:.*|fs|fs\/promises|path|os|child_process|cluster|http|https|http2|net|tls|dgram|dns|worker_threads|ws|express|fastify)$/

function importsNodeModules(ts: typeof TS, sf: TS.SourceFile): boolean {
  for (const st of sf.statements) {
    const from = ts.isImportDeclaration(st) ? st.moduleSpecifier : undefined
    if (from !== undefined && ts.isStringLiteral(from) && NODE_ONLY_MODULES.test(from.text)) return true
  }
  return /\brequire\(\s*["'](?:node:|fs["']|ws["']|child_process["'])/.test(sf.text)
}

/** Vue and Svelte single-file components: browser code whose script is in `<script>` blocks. */
const COMPONENT_FILE = /\.(?:vue|svelte)$/
/**
 * A read of a variable the bundler inlines into browser code (`import.meta.env.VITE_*`,
 * `process.env.NEXT_PUBLIC_*`), or an import of SvelteKit's public ones (`$env/static/public`).
 */
const PUBLIC_ENV_READ = /import\.meta\.env\.(?:VITE_|PUBLIC_)|process\.env\.(?:NEXT_PUBLIC_|REACT_APP_|EXPO_PUBLIC_|GATSBY_|VUE_APP_)|["']\$env\/(?:static|dynamic)\/public["']/
const SCRIPT_BLOCK = /(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi

/** The text with everything outside `<script>` blocks replaced by spaces (newlines kept). */
function scriptBlocksOnly(source: string): string {
  const out = source.replace(/[^\n]/g, ' ').split('')
  SCRIPT_BLOCK.lastIndex = 0
  for (let m = SCRIPT_BLOCK.exec(source); m !== null; m = SCRIPT_BLOCK.exec(source)) {
    const start = m.index + (m[1] as string).length
    const body = m[2] as string
    for (let i = 0; i < body.length; i++) out[start + i] = body.charAt(i)
  }
  return out.join('')
}

/** `x.redact_pii_return_unredacted` or `x['redact_pii_return_unredacted']` as an assignment's target. */
function unredactedTarget(ts: typeof TS, left: TS.Expression): boolean {
  if (ts.isPropertyAccessExpression(left)) return left.name.text === 'redact_pii_return_unredacted'
  return ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression) && left.argumentExpression.text === 'redact_pii_return_unredacted'
}
