/**
 * The `voxguard pii` CLI as users run it: a spawned process (run `npm run build` first), stdin to
 * stdout line by line.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

// Each case spawns node; on a busy 2-core machine start-up alone can take seconds.
vi.setConfig({ testTimeout: 120_000 })

const bin = join(import.meta.dirname, '../../bin/voxguard.js')

function run(args: string[], input: string | Buffer, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, 'pii', ...args], {
    input,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  })
}

/** Lines of a newline-terminated output. */
const lines = (out: Buffer): string[] => {
  const s = out.toString('utf8')
  return s === '' ? [] : s.slice(0, -1).split('\n')
}

describe('voxguard pii redact', () => {
  it('redacts written and spoken PII, one output line per input line', () => {
    const input = 'Hi, it is Maria Lopez, call 415-555-0192\n\nmy email is tom dot king at outlook dot com\nnothing here\n'
    const r = run(['redact'], input)
    expect(r.status).toBe(0)
    expect(lines(r.stdout)).toEqual([
      'Hi, it is [PERSON_NAME], call [PHONE_NUMBER]',
      '',
      'my email is [EMAIL_ADDRESS]',
      'nothing here',
    ])
  })

  it('keeps the line count for empty input, a missing final newline, huge lines, invalid UTF-8, binary and mixed scripts', () => {
    expect(lines(run(['redact'], '').stdout)).toEqual([])
    const huge = `${'call 415-555-0192 '.repeat(60_000)}`
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256).filter((b) => b !== 10))
    const input = Buffer.concat([
      Buffer.from('\n\n'),
      Buffer.from(`${huge}\n`),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]),
      binary,
      Buffer.from('\nΩμέγα 日本語 😀 call 415-555-0192\nlast line without newline'),
    ])
    const r = run(['redact', '--sub', 'hash'], input)
    expect(r.status).toBe(0)
    const out = lines(r.stdout)
    expect(out).toHaveLength(7)
    expect(out[2]).not.toContain('415')
    expect(out[5]).toBe('Ωμέγα 日本語 😀 call ############')
    expect(out[6]).toBe('last line without newline')
  })

  it('masks with a key from the environment or a file, and refuses to mask without one', () => {
    const key = 'a-test-mask-key-of-some-length'
    const a = run(['redact', '--sub', 'mask'], 'call 415-555-0192\n', { VOXGUARD_PII_MASK_KEY: key })
    expect(a.status).toBe(0)
    expect(a.stdout.toString()).toMatch(/^call \[PHONE_NUMBER:[0-9a-f]{8}\]\n$/)
    const dir = mkdtempSync(join(tmpdir(), 'vg-pii-'))
    writeFileSync(join(dir, 'key'), `${key}\n`)
    const b = run(['redact', '--sub', 'mask', '--mask-key-file', join(dir, 'key')], 'call four one five five five five oh one nine two\n')
    expect(b.stdout.toString()).toBe(a.stdout.toString())
    const c = run(['redact', '--sub', 'mask'], 'call 415-555-0192\n')
    expect(c.status).toBe(2)
    expect(c.stderr.toString()).toContain('VOXGUARD_PII_MASK_KEY')
    expect(c.stdout.toString()).toBe('')
  })

  it('rejects unknown types with exit 2 and a clear message', () => {
    const r = run(['redact', '--types', 'phone_number,bogus'], 'x\n')
    expect(r.status).toBe(2)
    expect(r.stderr.toString()).toContain('unknown PII type(s): bogus')
  })

  it('streams: answers a line before stdin is closed', async () => {
    const child = spawn(process.execPath, [bin, 'pii', 'redact'], { env: { PATH: process.env['PATH'] ?? '' } })
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())))
    child.stdin.write('call 415-555-0192\n')
    expect(await first).toBe('call [PHONE_NUMBER]\n')
    child.stdin.end()
    await new Promise((resolve) => child.once('close', resolve))
  })
})

describe('voxguard pii scan', () => {
  it('writes one JSON object per line with findings but never values; exit 1 when PII was found', () => {
    const r = run(['scan', '--types', 'phone_number,email_address'], 'call 415-555-0192 or a.b@example.com\n\nclean\n')
    expect(r.status).toBe(1)
    const out = lines(r.stdout).map((l) => JSON.parse(l) as { line: number; findings: Record<string, unknown>[] })
    expect(out.map((o) => o.line)).toEqual([1, 2, 3])
    expect(out[0]?.findings.map((f) => f['type'])).toEqual(['phone_number', 'email_address'])
    expect(out[0]?.findings[0]).toEqual({ type: 'phone_number', start: 5, end: 17, confidence: expect.any(Number), detector: expect.any(String) })
    expect(r.stdout.toString()).not.toContain('415')
    expect(r.stdout.toString()).not.toContain('example')
    expect(run(['scan'], 'nothing to see\n').status).toBe(0)
  })
})
