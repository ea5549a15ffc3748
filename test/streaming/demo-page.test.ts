/** The /demo page: on in development, off when disabled, served with a strict CSP, never the key. */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../helpers/gateway-harness.js'
import { ensureClientBuilt } from '../browser/browser-harness.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('/demo', () => {
  it('is served in development with a strict CSP and the note on where the key lives', async () => {
    ensureClientBuilt(root)
    h = await startHarness()
    const page = await h.call('/demo')
    expect(page.status).toBe(200)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self' blob:")
    expect(csp).toContain(`connect-src 'self' wss://${new URL(h.emulator.wsUrl).host}`)
    const html = await page.text()
    expect(html).toContain('Where does the AssemblyAI key live?')
    const script = await h.call('/demo/demo.js')
    expect(script.headers.get('content-type')).toContain('text/javascript')
    const body = await script.text()
    expect(body).toContain('/v1/streaming/')
    expect(html + body).not.toContain(h.apiKey)
  })

  it('is absent when disabled (VOXGUARD_DEMO=false)', async () => {
    h = await startHarness({ env: { VOXGUARD_DEMO: 'false' } })
    expect((await h.call('/demo')).status).toBe(404)
    expect((await h.call('/demo/demo.js')).status).toBe(404)
  })
})
