import type { Command } from 'commander'
import { PolicyError } from '../../errors.js'
import { loadPolicyFile, PII_PRESETS } from '../../policy/index.js'
import { PII_POLICIES } from '../../upstream/index.js'
import type { CliContext } from '../cli-context.js'

export function registerPolicyCommand(program: Command, ctx: CliContext): void {
  const policy = program.command('policy').description('Validate and inspect policy files')

  policy
    .command('check')
    .argument('<file>', 'policy file (YAML or JSON)')
    .description('Validate a policy file; prints each problem with its path (exit 1 when invalid, 2 when unreadable)')
    .action((file: string) => {
      try {
        const p = loadPolicyFile(file)
        ctx.stdout.write(
          `${file}: valid\n` +
            `  pii: redact=${p.pii.redact} substitution=${p.pii.substitution} policies=${p.piiPolicies.length} residual_check=${p.pii.residual_check}\n` +
            `  content_safety: enabled=${p.content_safety.enabled} rules=${p.content_safety.rules.length} default=${p.content_safety.default_action}\n` +
            `  retention: ${p.retention.days} days, schedule "${p.retention.schedule}"\n` +
            `  tokens: ttl ${p.tokens.default_ttl_seconds}s (max ${p.tokens.max_ttl_seconds}s), session ${p.tokens.default_session_seconds}s (max ${p.tokens.max_session_seconds}s)\n`,
        )
        ctx.exitCode = 0
      } catch (error) {
        if (!(error instanceof PolicyError)) throw error
        for (const issue of error.issues) ctx.stderr.write(`${file}: ${issue.path}: ${issue.message}\n`)
        ctx.exitCode = error.issues.some((i) => i.path === '(file)') ? 2 : 1
      }
    })

  policy
    .command('names')
    .description('List the AssemblyAI PII policy names and the presets')
    .action(() => {
      ctx.stdout.write(`${PII_POLICIES.join('\n')}\n\npresets:\n`)
      for (const [name, list] of Object.entries(PII_PRESETS)) ctx.stdout.write(`  ${name}: ${list.join(', ')}\n`)
      ctx.exitCode = 0
    })
}
