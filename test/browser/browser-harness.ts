/**
 * Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against a real gateway in
 * front of the real emulator. The fake microphone plays a WAV made at run time; Chromium trusts the
 * emulator's self-signed WebSocket certificate through `--ignore-certificate-errors-spki-list` (its
 * SPKI hash only, never a blanket `--ignore-certificate-errors`).
 */
import { makeToneWav } from '../helpers/tone-wav.js'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect as tlsConnect } from 'node:tls'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = process.env['VOXGUARD_CHROMIUM'] ?? '/usr/bin/chromium'

/** Builds dist/client when it is missing (npm test builds it first; a targeted run may not). */
export function ensureClientBuilt(root: string): void {
  if (!existsSync(join(root, 'dist/client/demo/demo.js'))) execFileSync(process.execPath, [join(root, 'scripts/build-client.mjs')], { stdio: 'inherit' })
}

/** A 48 kHz mono WAV with a voice-band tone (the emulator only counts audio, it does not listen). */
export function writeToneWav(seconds: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vg-wav-')), 'speech.wav')
  writeFileSync(path, makeToneWav({ seconds, sampleRate: 48_000, frequencyHz: 220, amplitude: 9000 }))
  return path
}

/** Base64 SHA-256 of the SPKI of the certificate a TLS server presents. */
export function spkiHash(wssUrl: string): Promise<string> {
  const url = new URL(wssUrl)
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: url.hostname, port: Number(url.port), rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate()
      socket.end()
      if (!cert) return reject(new Error(`no certificate from ${wssUrl}`))
      resolve(createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest('base64'))
    })
    socket.on('error', reject)
  })
}

export async function launchChromium(wavPath: string, spki: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wavPath}`,
      '--autoplay-policy=no-user-gesture-required',
      `--ignore-certificate-errors-spki-list=${spki}`,
    ],
  })
}
