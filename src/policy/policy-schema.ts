/**
 * The organisation's policy file (`voxguard.policy.yaml`): what every transcription must do, how
 * long transcripts live, how long streaming tokens last. Snake_case keys, as AssemblyAI names
 * its own fields. Unknown keys are errors (typos must not silently weaken a policy).
 *
 * @module
 */
import { z } from 'zod'
import { CONTENT_SAFETY_LABELS, PII_POLICIES } from '../upstream/index.js'
import { PII_PRESET_NAMES } from './pii-presets.js'

/** AssemblyAI's own ceiling for temporary streaming tokens. */
export const ASSEMBLYAI_MAX_TOKEN_TTL_SECONDS = 600
export const ASSEMBLYAI_MIN_SESSION_SECONDS = 60
export const ASSEMBLYAI_MAX_SESSION_SECONDS = 10_800

const piiPolicyName = z.string().refine((name) => (PII_POLICIES as readonly string[]).includes(name), {
  error: (issue) => `unknown PII policy "${String(issue.input)}" (AssemblyAI accepts unknown names silently, so voxguard refuses them; see \`voxguard policy names\`)`,
})

const action = z.enum(['allow', 'flag', 'block'])

export const SafetyRuleSchema = z.strictObject({
  label: z.enum(CONTENT_SAFETY_LABELS, { error: (i) => `unknown content-safety label "${String(i.input)}"` }),
  /** The rule fires when a result's confidence is at least this (0..1). */
  min_confidence: z.number().min(0).max(1).default(0.5),
  /** ... and its severity at least this (0..1); labels without severity scores are treated as severity 0. */
  min_severity: z.number().min(0).max(1).default(0),
  action,
})

export const PolicySchema = z
  .strictObject({
    version: z.literal(1).default(1),
    pii: z
      .strictObject({
        redact: z.boolean().default(true),
        preset: z.enum(PII_PRESET_NAMES as [string, ...string[]]).optional(),
        policies: z.array(piiPolicyName).default([]),
        substitution: z.enum(['entity_name', 'hash']).default('entity_name'),
        audio: z.boolean().default(false),
        audio_quality: z.enum(['mp3', 'wav']).default('mp3'),
        audio_method: z.enum(['beep', 'silence']).default('beep'),
        residual_check: z.enum(['off', 'flag', 'redact', 'block']).default('redact'),
        /** Remove PII from live turns in the proxied streaming mode. */
        redact_streaming: z.boolean().default(true),
      })
      .default({ redact: true, policies: [], substitution: 'entity_name', audio: false, audio_quality: 'mp3', audio_method: 'beep', residual_check: 'redact', redact_streaming: true }),
    content_safety: z
      .strictObject({
        enabled: z.boolean().default(true),
        /** AssemblyAI's `content_safety_confidence` (25..100). */
        confidence: z.number().int().min(25).max(100).default(50),
        default_action: action.default('allow'),
        rules: z.array(SafetyRuleSchema).default([]),
      })
      .default({ enabled: true, confidence: 50, default_action: 'allow', rules: [] }),
    retention: z
      .strictObject({
        days: z.number().int().min(1).max(3650).default(30),
        schedule: z.string().min(1).default('17 3 * * *'),
        include_untracked: z.boolean().default(false),
      })
      .default({ days: 30, schedule: '17 3 * * *', include_untracked: false }),
    tokens: z
      .strictObject({
        default_ttl_seconds: z.number().int().min(1).max(ASSEMBLYAI_MAX_TOKEN_TTL_SECONDS).default(60),
        max_ttl_seconds: z.number().int().min(1).max(ASSEMBLYAI_MAX_TOKEN_TTL_SECONDS).default(300),
        default_session_seconds: z.number().int().min(ASSEMBLYAI_MIN_SESSION_SECONDS).max(ASSEMBLYAI_MAX_SESSION_SECONDS).default(900),
        max_session_seconds: z.number().int().min(ASSEMBLYAI_MIN_SESSION_SECONDS).max(ASSEMBLYAI_MAX_SESSION_SECONDS).default(3600),
      })
      .default({ default_ttl_seconds: 60, max_ttl_seconds: 300, default_session_seconds: 900, max_session_seconds: 3600 }),
  })
  .superRefine((policy, ctx) => {
    if (policy.tokens.default_ttl_seconds > policy.tokens.max_ttl_seconds) {
      ctx.addIssue({ code: 'custom', path: ['tokens', 'default_ttl_seconds'], message: 'must not exceed tokens.max_ttl_seconds' })
    }
    if (policy.tokens.default_session_seconds > policy.tokens.max_session_seconds) {
      ctx.addIssue({ code: 'custom', path: ['tokens', 'default_session_seconds'], message: 'must not exceed tokens.max_session_seconds' })
    }
    if (policy.pii.redact && !policy.pii.preset && policy.pii.policies.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['pii', 'policies'],
        message: 'redaction is on but no policy is named: AssemblyAI redacts nothing without one (give a preset or policies)',
      })
    }
    if (policy.pii.audio && !policy.pii.redact) {
      ctx.addIssue({ code: 'custom', path: ['pii', 'audio'], message: 'audio redaction needs pii.redact: true' })
    }
  })

export type PolicyFile = z.infer<typeof PolicySchema>
