/**
 * The /demo page in real Chromium, with a fake microphone, against the real gateway and emulator:
 * direct mode gets the scripted turns; proxied mode gets them with PII replaced; a used token or
 * ticket is refused; and the AssemblyAI key (a canary made at run time) appears nowhere the page
 * can see: HTML, scripts, storage, requests, responses or WebSocket frames.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../helpers/gateway-harness.js'
import { CHROMIUM, ensureClientBuilt, launchChromium, spkiHash, writeToneWav } from './browser-harness.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const haveChromium = existsSync(CHROMIUM)
if (!haveChromium && process.env['CI']) throw new Error(`Chromium is required in CI (${CHROMIUM}); .ci/run installs Debian's chromium`)

let h: Harness
let browser: Browser
let clientKey: string
/** Everything the page sent or received, for the canary check. */
const seen: { where: string; text: string }[] = []

beforeAll(async () => {
  if (!haveChromium) return
  ensureClientBuilt(root)
  h = await startHarness({ env: { VOXGUARD_DEMO: 'true' } })
  clientKey = await h.newClient('demo-page', { origins: [h.gateway.url] })
  browser = await launchChromium(writeToneWav(6), await spkiHash(h.emulator.wsUrl))
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await h?.close()
})

async function openDemo(): Promise<Page> {
  const page = await browser.newPage()
  page.on('request', (request) => {
    seen.push({ where: `request ${request.url()}`, text: `${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}` })
  })
  page.on('response', async (response) => {
    const text = await response.text().catch(() => '')
    seen.push({ where: `response ${response.url()}`, text: `${JSON.stringify(response.headers())} ${text}` })
  })
  page.on('websocket', (ws) => {
    seen.push({ where: 'websocket url', text: ws.url() })
    ws.on('framesent', (frame) => seen.push({ where: `ws sent ${ws.url()}`, text: typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('latin1') }))
    ws.on('framereceived', (frame) => seen.push({ where: `ws received ${ws.url()}`, text: typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('latin1') }))
  })
  await page.goto(`${h.gateway.url}/demo`)
  await page.fill('#client-key', clientKey)
  return page
}

const finalTurns = (page: Page): Promise<string[]> => page.locator('#turns li.final').allTextContents()

describe.skipIf(!haveChromium)('live transcription in Chromium', () => {
  it('direct mode: the page gets a token and the emulator turns for the microphone audio', async () => {
    const page = await openDemo()
    await page.check('input[name=mode][value=direct]')
    await page.click('#start')
    await page.locator('#turns li.final').first().waitFor({ timeout: 30_000 })
    const turns = await finalTurns(page)
    expect(turns[0]).toMatch(/thank you for calling brightwater energy/i)
    // Direct mode talks to AssemblyAI (here the emulator) itself: no redaction by the gateway.
    expect(turns[0]).toMatch(/dana/i)
    expect(seen.some((s) => s.where === 'websocket url' && s.text.startsWith(h.emulator.wsUrl))).toBe(true)
    await page.click('#stop')
    await page.locator('#status', { hasText: 'idle' }).waitFor()

    // Reconnecting is explicit and always takes a new token (tokens are single use).
    const tokensBefore = seen.filter((s) => s.where.startsWith('request') && s.where.endsWith('/v1/streaming/token')).length
    await page.click('#start')
    await page.locator('#turns li.final').first().waitFor({ timeout: 30_000 })
    expect(seen.filter((s) => s.where.startsWith('request') && s.where.endsWith('/v1/streaming/token')).length).toBe(tokensBefore + 1)
    await page.click('#stop')
    await page.locator('#status', { hasText: 'idle' }).waitFor()
    await page.close()
  }, 90_000)

  it('surfaces a refused credential as a typed error', async () => {
    const page = await openDemo()
    await page.fill('#client-key', 'vgk_not-a-real-key')
    await page.click('#start')
    await page.locator('#error', { hasText: 'auth_refused' }).waitFor({ timeout: 15_000 })
    expect(await page.textContent('#status')).toBe('idle')
    await page.close()
  }, 30_000)

  it('proxied mode: the turns arrive with PII replaced, and a screenshot is kept', async () => {
    const page = await openDemo()
    await page.check('input[name=mode][value=proxied]')
    await page.click('#start')
    await page.locator('#turns li.final').first().waitFor({ timeout: 30_000 })
    await page.locator('#status', { hasText: 'live (proxied)' }).waitFor()
    // The second turn ("Hi Dana, this is Michael Okafor ...") ends after about 16 s of audio.
    await page.locator('#turns li.final').nth(1).waitFor({ timeout: 40_000 })
    const turns = await finalTurns(page)
    expect(turns[0]).toMatch(/brightwater energy/i)
    expect(turns[0]).toContain('[PERSON_NAME]')
    expect(turns[1]).toMatch(/^hi \[PERSON_NAME\],? this is \[PERSON_NAME\]/i)
    expect(turns.join(' ')).not.toMatch(/okafor|michael/i)
    const frames = seen.filter((s) => s.where.startsWith('ws received') && s.where.includes('/v1/streaming/ws')).map((s) => s.text)
    expect(frames.length).toBeGreaterThan(3)
    expect(frames.join('\n')).not.toMatch(/\bdana\b/i)
    expect(seen.some((s) => s.where === 'websocket url' && s.text.startsWith(h.gateway.url.replace('http', 'ws')))).toBe(true)

    mkdirSync(join(root, 'test-artifacts'), { recursive: true })
    await page.screenshot({ path: join(root, 'test-artifacts', 'demo-proxied.png'), fullPage: true })
    if (process.env['VOXGUARD_UPDATE_DOCS_SCREENSHOT']) copyFileSync(join(root, 'test-artifacts', 'demo-proxied.png'), join(root, 'docs', 'demo.png'))
    await page.click('#stop')
    await page.locator('#status', { hasText: 'idle' }).waitFor()
    await page.close()
  }, 90_000)

  it('refuses a second connection with a used ticket or token', async () => {
    const page = await openDemo()
    const result = await page.evaluate(
      async ({ key, gateway }) => {
        const post = async (kind: string) => (await (await fetch(`${gateway}/v1/streaming/${kind}`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })).json()) as Record<string, string>
        const open = (url: string) =>
          new Promise<{ code: number; reason: string; began: boolean }>((resolve) => {
            const ws = new WebSocket(url)
            let began = false
            ws.onmessage = (e) => {
              if (String(e.data).includes('"Begin"')) {
                began = true
                ws.close(1000)
              }
            }
            ws.onclose = (e) => resolve({ code: e.code, reason: e.reason, began })
          })
        const ticket = await post('ticket')
        const ticketUrl = `${ticket['websocket_url']}?ticket=${ticket['ticket']}&sample_rate=16000`
        const token = await post('token')
        const tokenUrl = `${token['websocket_url']}?token=${token['token']}&sample_rate=16000`
        return { ticketFirst: await open(ticketUrl), ticketAgain: await open(ticketUrl), tokenFirst: await open(tokenUrl), tokenAgain: await open(tokenUrl) }
      },
      { key: clientKey, gateway: h.gateway.url },
    )
    expect(result.ticketFirst.began).toBe(true)
    expect(result.ticketAgain).toEqual({ code: 4001, reason: 'Unauthorized: ticket already used', began: false })
    expect(result.tokenFirst.began).toBe(true)
    expect(result.tokenAgain.began).toBe(false)
    expect(result.tokenAgain.code).toBe(1008)
    expect(result.tokenAgain.reason).toMatch(/already used/i)
    await page.close()
  }, 60_000)

  it('never shows the AssemblyAI key to the page: HTML, scripts, storage, requests, responses, frames', async () => {
    const page = await openDemo()
    const html = await page.content()
    // Page-side code as strings: the test's own tsconfig has no DOM types.
    const storage = await page.evaluate<string>('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie })')
    const scripts = await page.evaluate<string[]>('Promise.all([...document.scripts].map((s) => s.src).filter(Boolean).map(async (src) => (await fetch(src)).text()))')
    const everything = [html, storage, ...scripts, ...seen.map((s) => s.text)]
    // Not vacuous: the page really loaded its script, made requests and exchanged frames.
    expect(scripts.join('').length).toBeGreaterThan(10_000)
    expect(seen.filter((s) => s.where.startsWith('ws sent')).length).toBeGreaterThan(50)
    expect(seen.filter((s) => s.where.startsWith('request')).length).toBeGreaterThan(5)
    for (const text of everything) {
      expect(text).not.toContain(h.apiKey)
      expect(text.toLowerCase()).not.toContain(h.apiKey.toLowerCase())
    }
    expect(Buffer.from(seen.map((s) => s.text).join('')).includes(Buffer.from(h.apiKey))).toBe(false)
    await page.close()
  }, 60_000)
})
