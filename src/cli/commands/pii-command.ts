/**
 * `voxguard pii redact|scan`: the local PII engine on stdin, line by line, streaming. Exactly one
 * output line per input line whatever the input (empty lines, huge lines, invalid UTF-8, binary).
 * `redact` writes the redacted line; `scan` writes one JSON object per line with the findings
 * (type, start, end, confidence, detector; never the value). The key for `--sub mask` comes from
 * VOXGUARD_PII_MASK_KEY or a file (`--mask-key-file`), never from a positional argument.
 * Exit 0 = done (scan: no finding), 1 = scan found PII, 2 = bad options or I/O failure.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { ValidationError } from '../../errors.js'
// Only the light type module is loaded eagerly: the engine (phone metadata, name lists) loads when a pii command runs.
import { isPiiType, SUPPORTED_PII_TYPES, type PiiType, type RedactOptions, type SubstitutionStyle } from '../../pii/pii-types.js'
import type { CliContext } from '../cli-context.js'

export const MASK_KEY_ENV = 'VOXGUARD_PII_MASK_KEY'

interface PiiFlags {
  sub?: SubstitutionStyle
  types?: string
  names: boolean
  minConfidence?: string
  maskKeyFile?: string
}

export function registerPiiCommand(program: Command, ctx: CliContext): void {
  const pii = program
    .command('pii')
    .description('Find and redact PII (written and spoken forms) in text on stdin, line by line')

  const common = (cmd: Command): Command =>
    cmd
      .option('--types <list>', `comma-separated PII types (default: all supported: ${SUPPORTED_PII_TYPES.join(', ')})`)
      .option('--no-names', 'skip the person-name stage (faster)')
      .option('--min-confidence <n>', 'drop findings below this confidence (0..1, default 0.5)')

  common(
    pii
      .command('redact')
      .description('write each input line with its PII substituted')
      .addOption(new Option('--sub <style>', 'substitution').choices(['entity_name', 'hash', 'mask']).default('entity_name'))
      .option('--mask-key-file <file>', `file holding the key for --sub mask (else $${MASK_KEY_ENV})`),
  ).action(async (flags: PiiFlags) => {
    const options = buildOptions(flags, ctx)
    const { createPiiEngine } = await import('../../pii/index.js')
    const engine = createPiiEngine()
    await run(ctx, (line) => engine.redact(line, options).text)
    ctx.exitCode = 0
  })

  common(pii.command('scan').description('write one JSON object per input line: {"line":n,"findings":[...]}')).action(
    async (flags: PiiFlags) => {
      const options = buildOptions(flags, ctx)
      const { createPiiEngine } = await import('../../pii/index.js')
      const engine = createPiiEngine()
      let lineNo = 0
      let any = false
      await run(ctx, (line) => {
        lineNo++
        const findings = engine.scan(line, options)
        if (findings.length > 0) any = true
        return JSON.stringify({ line: lineNo, findings })
      })
      ctx.exitCode = any ? 1 : 0
    },
  )
}

async function run(ctx: CliContext, handle: (line: string) => string): Promise<void> {
  const tty = ctx.stderr.isTTY === true
  const { processLines } = await import('../../pii/line-processor.js')
  const count = await processLines(ctx.stdin as AsyncIterable<Buffer | string>, ctx.stdout, handle, {
    progressEvery: 1000,
    ...(tty ? { onProgress: (n: number) => ctx.stderr.write(`\rvoxguard pii: ${n} lines`) } : {}),
  })
  if (tty && count >= 1000) ctx.stderr.write(`\rvoxguard pii: ${count} lines, done\n`)
}

function buildOptions(flags: PiiFlags, ctx: CliContext): RedactOptions {
  const options: RedactOptions = { names: flags.names }
  if (flags.types !== undefined) {
    const types = flags.types
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '')
    const unknown = types.filter((t) => !isPiiType(t))
    if (unknown.length > 0 || types.length === 0) {
      throw new ValidationError(`--types: unknown PII type(s): ${unknown.join(', ') || '(empty)'}; supported: ${SUPPORTED_PII_TYPES.join(', ')}`, {
        field: 'types',
      })
    }
    const unsupported = types.filter((t) => !(SUPPORTED_PII_TYPES as readonly string[]).includes(t))
    if (unsupported.length > 0) ctx.stderr.write(`voxguard pii: no detector yet for: ${unsupported.join(', ')}\n`)
    options.types = types as PiiType[]
  }
  if (flags.minConfidence !== undefined) {
    const n = Number(flags.minConfidence)
    if (!Number.isFinite(n) || n < 0 || n > 1) {
      throw new ValidationError('--min-confidence must be a number between 0 and 1', { field: 'min-confidence' })
    }
    options.minConfidence = n
  }
  if (flags.sub !== undefined) options.sub = flags.sub
  if (flags.sub === 'mask') options.maskKey = readMaskKey(flags, ctx)
  return options
}

function readMaskKey(flags: PiiFlags, ctx: CliContext): string {
  let key: string | undefined
  if (flags.maskKeyFile !== undefined) {
    const file = resolve(ctx.cwd, flags.maskKeyFile)
    try {
      key = readFileSync(file, 'utf8').replace(/\r?\n$/, '')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error'
      throw new ValidationError(`--mask-key-file: cannot read ${file} (${code})`, { field: 'mask-key-file' })
    }
  } else key = ctx.env[MASK_KEY_ENV]
  if (key === undefined || key.length === 0) {
    throw new ValidationError(`--sub mask needs a key: set ${MASK_KEY_ENV} or pass --mask-key-file`, { field: 'mask-key' })
  }
  if (key.length < 16) throw new ValidationError('the mask key must be at least 16 characters', { field: 'mask-key' })
  return key
}
