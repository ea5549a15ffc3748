/**
 * Every audit rule with its id, severity, message summary and the fix to apply. The SARIF and text
 * formatters read their help text from here.
 *
 * @module
 */
import type { Severity } from './audit-types.js'

export interface RuleInfo {
  readonly id: string
  readonly severity: Severity
  readonly title: string
  readonly fix: string
  /** CVSS-like score GitHub code scanning uses to rank security alerts. */
  readonly securitySeverity: number
}

/** Bumped whenever detection changes, so the history cache is rebuilt. */
export const RULES_VERSION = 44

const RULE_LIST: readonly RuleInfo[] = [
  {
    id: 'assemblyai-key',
    severity: 'error',
    title: 'AssemblyAI API key in the working tree',
    fix: 'Revoke the key in the AssemblyAI dashboard, create a new one, and read it from the environment (process.env.ASSEMBLYAI_API_KEY) or a secret manager; keep .env files git-ignored.',
    securitySeverity: 9.0,
  },
  {
    id: 'env-not-ignored',
    severity: 'error',
    title: '.env file not ignored by git',
    fix: 'Add the file to .gitignore (e.g. `.env*` with `!.env.example`), and `git rm --cached` it if it is tracked; commit only a .env.example with placeholders.',
    securitySeverity: 7.5,
  },
  {
    id: 'env-committed',
    severity: 'error',
    title: '.env file committed to the history',
    fix: 'Rotate every secret the file ever held, then remove it from the history (git filter-repo --invert-paths --path <file>) and ignore it.',
    securitySeverity: 8.0,
  },
  {
    id: 'key-in-history',
    severity: 'error',
    title: 'AssemblyAI API key in the git history',
    fix: 'Rotate the key in the AssemblyAI dashboard: it stays readable in every clone. Optionally rewrite the history (git filter-repo --replace-text) once rotated.',
    securitySeverity: 9.0,
  },
  {
    id: 'key-in-bundle',
    severity: 'error',
    title: 'AssemblyAI key in built front-end output',
    fix: 'Rotate the key. Never build a project key into browser code: call AssemblyAI from your server (or the voxguard gateway) and give browsers short-lived streaming tokens only.',
    securitySeverity: 9.5,
  },
  {
    id: 'public-env-key',
    severity: 'error',
    title: 'AssemblyAI key in a browser-exposed variable',
    fix: 'Rotate the key and rename the variable without the public prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, PUBLIC_, EXPO_PUBLIC_): these are inlined into browser bundles. Use it server-side only.',
    securitySeverity: 9.0,
  },
  {
    id: 'key-reused-across-envs',
    severity: 'warning',
    title: 'Same AssemblyAI key in several environments',
    fix: 'Create one key per environment (development, staging, production) so a leaked development key cannot reach production data, and rotate the shared one.',
    securitySeverity: 5.0,
  },
  {
    id: 'key-in-ci-config',
    severity: 'error',
    title: 'Literal AssemblyAI key in CI configuration',
    fix: "Rotate the key and store it in the CI platform's secrets (GitHub: ${{ secrets.ASSEMBLYAI_API_KEY }}, GitLab CI/CD variables, CircleCI contexts, Azure variable groups, Jenkins credentials).",
    securitySeverity: 9.0,
  },
  {
    id: 'transcribe-without-redact-pii',
    severity: 'warning',
    title: 'Transcript requested without redact_pii',
    fix: 'Set `redact_pii: true` with `redact_pii_policies` (and `redact_pii_sub`) on the transcript request, or route requests through a voxguard policy that enforces it.',
    securitySeverity: 5.0,
  },
  {
    id: 'content-safety-off',
    severity: 'warning',
    title: 'Transcript requested without content_safety',
    fix: 'Set `content_safety: true` on the transcript request (optionally `content_safety_confidence`) so sensitive content is labelled.',
    securitySeverity: 3.0,
  },
  {
    id: 'token-ttl-too-long',
    severity: 'warning',
    title: 'Temporary streaming token lives too long',
    fix: 'Request temporary tokens with a short `expires_in_seconds` (at most the configured maximum, 600 s by default; 60 s is plenty to open a socket).',
    securitySeverity: 5.0,
  },
  {
    id: 'webhook-without-auth',
    severity: 'warning',
    title: 'Webhook without an authentication header',
    fix: 'Send `webhook_auth_header_name` and `webhook_auth_header_value` (a random secret) with `webhook_url`, and reject webhook calls whose header does not match.',
    securitySeverity: 6.0,
  },
  {
    id: 'streaming-key-in-browser',
    severity: 'error',
    title: 'Streaming transcriber or socket given an API key in browser code',
    fix: 'In the browser pass `token` (from a server endpoint calling createTemporaryToken) to the StreamingTranscriber or in the streaming URL, never the API key.',
    securitySeverity: 8.5,
  },
  {
    id: 'unredacted-requested',
    severity: 'warning',
    title: 'Unredacted transcript requested',
    fix: 'Remove `redact_pii_return_unredacted: true` unless the unredacted copy is genuinely needed; it keeps the PII you asked to redact.',
    securitySeverity: 5.0,
  },
  {
    id: 'retention-missing',
    severity: 'note',
    title: 'Transcripts are never deleted',
    fix: 'Delete transcripts once processed (`client.transcripts.delete(id)` or DELETE /v2/transcript/{id}), or enable voxguard retention.',
    securitySeverity: 2.0,
  },
]

export const RULES: ReadonlyMap<string, RuleInfo> = new Map(RULE_LIST.map((r) => [r.id, r]))

export function listRules(): readonly RuleInfo[] {
  return RULE_LIST
}

export function ruleInfo(id: string): RuleInfo {
  const info = RULES.get(id)
  if (!info) throw new Error(`unknown audit rule ${id}`)
  return info
}
