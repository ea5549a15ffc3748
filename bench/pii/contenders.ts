/**
 * Everything the accuracy bench compares, behind one function: text in, redacted text out.
 * The npm libraries are the strongest measured in shared/reference/pii-anchors.md.
 *
 * @module
 */
import { createPiiEngine } from '../../src/pii/index.js'

export interface Contender {
  name: string
  redact(text: string): Promise<string>
}

export async function loadContenders(): Promise<Contender[]> {
  const withNames = createPiiEngine()
  const noNames = createPiiEngine({ nameDetector: null })
  const out: Contender[] = [
    { name: 'voxguard (names on)', redact: async (t) => withNames.redact(t).text },
    { name: 'voxguard (names off)', redact: async (t) => noNames.redact(t).text },
  ]
  try {
    const { SyncRedactor } = (await import('redact-pii')) as unknown as {
      SyncRedactor: new () => { redact(t: string): string }
    }
    const r = new SyncRedactor()
    out.push({ name: 'redact-pii 3.4.0', redact: async (t) => r.redact(t) })
  } catch (e) {
    process.stderr.write(`redact-pii unavailable: ${String(e)}\n`)
  }
  try {
    const { OpenRedaction } = (await import('openredaction')) as unknown as {
      OpenRedaction: new () => { detect(t: string): Promise<{ redacted: string }> }
    }
    const o = new OpenRedaction()
    out.push({ name: 'openredaction 1.1.5', redact: async (t) => (await o.detect(t)).redacted })
  } catch (e) {
    process.stderr.write(`openredaction unavailable: ${String(e)}\n`)
  }
  try {
    const mod = (await import('anonymize-nlp')) as unknown as {
      AnonymizeNlp: new () => { anonymize(t: string): string }
    }
    const a = new mod.AnonymizeNlp()
    out.push({ name: 'anonymize-nlp 1.0.6', redact: async (t) => a.anonymize(t) })
  } catch (e) {
    process.stderr.write(`anonymize-nlp unavailable: ${String(e)}\n`)
  }
  return out
}
