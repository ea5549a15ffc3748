/**
 * A throwaway certificate authority and a server certificate for the streaming WebSocket (the SDK
 * accepts only `wss:`), made at start-up (once per process and host; the private keys live only in
 * memory). The CA certificate is written to `caCertPath` for `NODE_EXTRA_CA_CERTS`.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface EmulatorTls {
  readonly key: string
  readonly cert: string
  readonly caCert: string
  readonly caCertPath: string
}

type Material = Omit<EmulatorTls, 'caCertPath'>

/** Key generation is the slow part: one CA and server certificate per host and process. */
const materials = new Map<string, Promise<Material>>()

export async function createEmulatorTls(dir: string, host: string): Promise<EmulatorTls> {
  let material = materials.get(host)
  if (material === undefined) {
    material = generateMaterial(host)
    materials.set(host, material)
    material.catch(() => materials.delete(host))
  }
  const { key, cert, caCert } = await material
  const caCertPath = join(dir, 'emulator-ca.pem')
  await writeFile(caCertPath, caCert, { mode: 0o644 })
  return { key, cert, caCert, caCertPath }
}

async function generateMaterial(host: string): Promise<Material> {
  const notAfterDate = new Date(Date.now() + 30 * 24 * 3600 * 1000)
  const ca = await generate([{ name: 'commonName', value: 'voxguard emulator CA (throwaway)' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  })
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
    { type: 7, ip: '::1' },
  ]
  if (isIP(host) !== 0 && host !== '127.0.0.1' && host !== '::1' && host !== '0.0.0.0' && host !== '::') altNames.push({ type: 7, ip: host })
  if (isIP(host) === 0 && host !== 'localhost') altNames.push({ type: 2, value: host })
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  })
  return { key: server.private, cert: server.cert, caCert: ca.cert }
}
