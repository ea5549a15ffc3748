/**
 * What a variable's or a field's name says of the value it holds: AssemblyAI's (ASSEMBLYAI_API_KEY,
 * aaiKey), a key or a token of any kind, a digest or an id, a fixture or a fake, another vendor's
 * credential, a signing or session secret.
 *
 * @module
 */
import { LineIndex } from './line-index.js'

export const AAI_NAME = /assembly[-_.]?ai|(?:^|[^a-z0-9])aai(?:[^a-z0-9]|$)/i
/** "aai" as a camelCase word of a name (`aaiKey`, `myAaiToken`; not "aaiken"). */
const AAI_CAMEL = /(?:^|[^A-Za-z0-9])aai(?=[A-Z])|[a-z]Aai(?=[A-Z]|$)/

/** A name mentioning AssemblyAI, in any case style. */
export const namesAai = (name: string): boolean => AAI_NAME.test(name) || AAI_CAMEL.test(name)
export const KEYLIKE_NAME = /api[-_.]?key|apikey|token|secret|auth|credential|bearer|password|^key$|[-_.]key$/i
export const HASHLIKE_NAME = /md5|sha\d*|hash|digest|checksum|etag|integrity|commit|revision|uuid|guid|(?:^|[-_.])id$|[a-z]Id$|^id$|nonce|salt|fingerprint|trace|span|request|color|colour|^v$|^ver$|^version$|[-_.]version$|[a-z]Version$|(?:^|[-_.])build_*$|[a-z]Build$|^cb$|cache.?bust|^transcripts?$|^uploads?$|^jobs?$|^recordings?$/i
export const FAKE_MARK = /fake|dummy|not[\s_-]*a[\s_-]*real/i
/** In a test's file, names that mark their value as made up (`EXAMPLE_ASSEMBLYAI_API_KEY`, `mockApiKey`); not "test", which real test keys carry too. */
export const FIXTURE_NAME = /(?:^|[-_.])(?:example|sample|mock|stub|placeholder)(?:[-_.]|$)|^(?:example|sample|mock|stub|placeholder)|[a-z](?:Example|Sample|Mock|Stub|Placeholder)/i
/** Keys that are not secrets: cache, idempotency, database, storage and i18n keys. */
export const NON_SECRET_KEY_NAME = /^(?:cache|idempotency|partition|sort|primary|foreign|object|storage|bucket|s3|row|lookup|dedupe?|lock|index|i18n|translation|list|map|dict|group|route|state|query|redis)[-_]?key$/i
/**
 * Other vendors, whose credentials are secrets but not AssemblyAI keys (`ELEVENLABS_API_KEY`,
 * `BUGSNAG_API_KEY`, `Bugsnag.start(`). Names no English word holds are found anywhere in a name or a
 * line (`myRevenueCatKey`, `sendGridApiKey`); the short or common ones only where a word starts, with
 * camelCase split first (`DD_API_KEY`, `myTwilioToken`; "probably" names no Ably).
 */
const DISTINCT_VENDORS: readonly string[] = [
  'openai', 'elevenlabs', 'deepgram', 'speechmatics', 'soniox', 'picovoice', 'voicebase', 'twilio', 'sendgrid',
  'mailgun', 'mailchimp', 'mandrill', 'sparkpost', 'sendinblue', 'nexmo', 'messagebird', 'telnyx', 'mapbox',
  'github', 'gitlab', 'bitbucket', 'pubnub', 'algolia', 'typesense', 'meilisearch', 'rudderstack', 'mixpanel',
  'amplitude', 'posthog', 'fullstory', 'hotjar', 'logrocket', 'launchdarkly', 'optimizely', 'statsig', 'bugsnag',
  'rollbar', 'honeybadger', 'airbrake', 'datadog', 'newrelic', 'honeycomb', 'loggly', 'papertrail', 'logdna',
  'pagerduty', 'opsgenie', 'heroku', 'vercel', 'netlify', 'digitalocean', 'cloudflare', 'cloudinary', 'firebase',
  'onesignal', 'supabase', 'anthropic', 'pinecone', 'huggingface', 'shopify', 'hubspot', 'zendesk', 'freshdesk',
  'contentful', 'airtable', 'dropbox', 'docusign', 'braintree', 'razorpay', 'gocardless', 'chargebee', 'easypost',
  'aftership', 'ipinfo', 'ipstack', 'clearbit', 'recaptcha', 'hcaptcha', 'livekit', 'revenuecat', 'appsflyer',
]
const WORD_VENDORS: readonly string[] = [
  'rev_?ai', 'gladia', 'symbl', 'nuance', 'watson', 'stripe', 'postmark', 'brevo', 'vonage', 'plivo', 'slack',
  'discord', 'pusher', 'ably', 'segment', 'heap_?analytics', 'sentry', 'raygun', 'dd[-_.]', 'new_relic', 'fastly',
  'aws', 'azure', 'gcp', 'google', 'auth0', 'okta', 'cohere', 'mistral', 'replicate', 'hf_', 'groq', 'polly',
  'spotify', 'intercom', 'sanity', 'notion', 'plaid', 'paypal', 'square', 'adyen', 'mollie', 'klarna', 'recurly',
  'paddle', 'shippo', 'branch_?io', 'adjust_?token', 'weather',
  // Datadog's key in a Go or C# struct field (`DDAPIKey:`)
  'ddapi',
]
const DISTINCT_VENDOR = new RegExp(DISTINCT_VENDORS.join('|'), 'i')
const WORD_VENDOR = new RegExp(`(?<![a-z0-9])(?:${WORD_VENDORS.join('|')})`, 'i')
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g
export function namesOtherVendor(s: string): boolean {
  return DISTINCT_VENDOR.test(s) || WORD_VENDOR.test(s.replace(CAMEL_BOUNDARY, '$1_$2'))
}
/** A web session's or a form's own secrets (`csrf_token`, `sessionid`, `XSRF-TOKEN`): the app's, never an AssemblyAI key. */
export const SESSION_SECRET_NAME = /(?:^|[-_.])(?:csrf|xsrf)(?:[-_]?token)?$|^(?:csrf|xsrf)|(?:^|[-_.])session(?:[-_]?(?:id|key|token|secret|cookie))?$|sessionid$|[a-z](?:Csrf|Xsrf|Session)(?:Id|Key|Token)?$/i
/** Credential names only other vendors use (Segment's `writeKey`, New Relic's `licenseKey`, Sentry's `dsn`): AssemblyAI's key has none of them. */
export const OTHER_VENDOR_KEY_NAME = /^(?:write[-_]?key|license[-_]?key|dsn|client[-_]?token|app[-_]?key|application[-_]?key|ingest(?:ion)?[-_]?key|instrumentation[-_]?key|project[-_]?token|publishable[-_]?key|site[-_]?key|measurement[-_]?id)$/i
/** A name for an id (`assemblyai_transcript_id`, `aaiTranscriptId`): the value is an id even when the name says AssemblyAI. */
export const ID_NAME = /(?:^|[-_.])[iI][dD][sS]?$|[a-z]Ids?$/
/**
 * A name for a digest (`ASSEMBLYAI_CLI_MD5`, `aaiWheelSha256`, `assemblyai_sdk_checksum`): a hash even
 * when the name says AssemblyAI. A conditional request's `If-None-Match`/`If-Match` carries an ETag.
 */
export const DIGEST_NAME = /(?:^|[-_.])(?:md5|sha-?\d*|hash|checksum|digest|etag|integrity|crc\d*|MD5|SHA-?\d*|HASH|CHECKSUM|DIGEST|ETAG|INTEGRITY|CRC\d*|Md5|Sha\d*|Hash|Checksum|Digest|Etag)(?:e?s|E?S)?$|[a-z0-9](?:Md5|MD5|Sha\d+|SHA\d+|Hash|Checksum|Digest|Etag|ETag)(?:e?s)?$|^(?:[Ii]f-(?:[Nn]one-)?[Mm]atch|IF-(?:NONE-)?MATCH)$/

/** A secret for signing sessions, cookies, tokens, links or webhooks, by its conventional name (`SECRET_KEY`, `share_link_secret`, `WEBHOOK_SECRET`). */
const SIGNING_SECRET_NAME = /^(?:(?:flask|django|rails|laravel|app|site|web)[-_.]|[A-Za-z]+\.)?secret[-_]?key(?:[-_]?base)?$|(?:^|[-_.])(?:next)?auth[-_]?secret$|(?:^|[-_.])(?:jwt|jws|cookie)[-_.]?(?:secret|key|signing[-_]?key)$|(?:signer|hmac|share[-_]?link|url[-_]?signing|webhook)[-_.]?(?:secret|key)$|signing[-_.]?secret$/i
/** express-session's and cookie-session's options opened right before: `app.use(session({` / `  secret: …`. */
const SESSION_OPTIONS_BEFORE = /\b(?:session|cookieSession|expressSession)\s*\(\s*\{[^}]*$/

/**
 * Another tool's secret by its conventional name: a web server's secret key under the tool's prefix
 * (`AIRFLOW__WEBSERVER__SECRET_KEY`, Helm's `webserverSecretKey`), an encryption key (`N8N_ENCRYPTION_KEY`,
 * `fernet_key`), a password (`POSTGRES_PASSWORD`): AssemblyAI's key is none of them.
 */
const OTHER_PURPOSE_SECRET_NAME = /(?:^|[-_.])(?:secret[-_]?key|encryption[-_]?key|fernet[-_]?key|password|passwd|pwd)$|[a-z](?:SecretKey|EncryptionKey|FernetKey|Password)$/

/** Prefixes that name no tool (`conn_password`, Airflow's field of whatever connection it stands in). */
const GENERIC_SECRET_PREFIXES = new Set(['conn', 'connection', 'api', 'app', 'client', 'service', 'http', 'auth', 'user', 'login', 'default', 'my', 'the'])

/**
 * The name is another tool's password or encryption key: the secret's word after the tool's own name
 * (`POSTGRES_PASSWORD`, `N8N_ENCRYPTION_KEY`); a bare or generic one (`password`, `conn_password`) is
 * whatever its block is about.
 */
export function otherPurposeSecret(name: string): boolean {
  const m = OTHER_PURPOSE_SECRET_NAME.exec(name) ?? OTHER_PURPOSE_SECRET_NAME.exec(name.toLowerCase())
  if (m === null) return false
  // (the camel-case form's match starts with the owner's last letter: `webserverSecretKey`)
  const camel = /^[a-z][A-Z]/.test(m[0])
  const owner = name.slice(0, m.index + (camel ? 1 : 0)).replace(/[-_.]+$/, '').toLowerCase()
  const last = owner.split(/[-_.]+/).pop() ?? ''
  return owner !== '' && !GENERIC_SECRET_PREFIXES.has(last)
}

export function signingSecret(name: string, prefix: string, lineIndex: number, lines: LineIndex): boolean {
  if (SIGNING_SECRET_NAME.test(name)) return true
  if (name !== 'secret') return false
  const before = (lineIndex > 0 ? lines.lineText(lineIndex - 1) : '') + prefix
  return SESSION_OPTIONS_BEFORE.test(before)
}

const IDENTIFIER = /[A-Za-z_$][\w$.-]*/g

/**
 * The text before the value names an AssemblyAI key (`aai.settings.api_key = os.getenv("X", "…")`,
 * `AAI_TOKEN ??= …`): the value is what that key falls back to, even when the name right before it
 * is another one.
 */
export function aaiKeyNameIn(prefix: string): boolean {
  IDENTIFIER.lastIndex = 0
  for (let m = IDENTIFIER.exec(prefix); m !== null; m = IDENTIFIER.exec(prefix)) {
    const id = m[0]
    if (AAI_NAME.test(id) && KEYLIKE_NAME.test(id) && !NON_SECRET_KEY_NAME.test(id.split('.').pop() ?? id)) return true
  }
  return false
}
