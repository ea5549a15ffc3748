/**
 * The ledger's Ed25519 key, kept outside the database. `VOXGUARD_LEDGER_KEY_FILE` names a PKCS#8
 * PEM private key; without one (development only: production refuses to start, see load-config),
 * a key is generated in the data directory at first use with mode 0600.
 *
 * The same key also derives (HKDF) the HMAC key that turns owners into `owner_ref`s, so one secret
 * outside the database protects both the checkpoints and the pseudonyms.
 *
 * @module
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../errors.js'

export interface LedgerKey {
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
  /** SPKI PEM: what an auditor needs. */
  readonly publicKeyPem: string
  /** `ed25519:` + first 16 hex of SHA-256 over the SPKI DER. */
  readonly keyId: string
  /** 32 bytes derived for owner HMACs; never leaves the process. */
  readonly hmacKey: Buffer
}

export const DEV_LEDGER_KEY_FILE = 'ledger-ed25519.pem'

export interface LoadLedgerKeyOptions {
  /** Explicit key file (VOXGUARD_LEDGER_KEY_FILE). */
  keyFile?: string | undefined
  /** Where a development key is generated when no key file is configured. */
  dataDir?: string | undefined
  /** `production` never generates a key. */
  env?: string | undefined
}

export function loadLedgerKey(options: LoadLedgerKeyOptions): LedgerKey {
  if (options.keyFile) return ledgerKeyFromPem(readKeyFile(options.keyFile, 'VOXGUARD_LEDGER_KEY_FILE'), 'VOXGUARD_LEDGER_KEY_FILE')
  if (options.env === 'production') {
    throw new ConfigError([{ path: 'VOXGUARD_LEDGER_KEY_FILE', message: 'is required when VOXGUARD_ENV=production (Ed25519 key for ledger checkpoints)' }])
  }
  if (!options.dataDir || options.dataDir === ':memory:') {
    throw new ConfigError([{ path: 'VOXGUARD_LEDGER_KEY_FILE', message: 'is not set and there is no data directory to keep a generated key in' }])
  }
  const file = join(options.dataDir, DEV_LEDGER_KEY_FILE)
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  try {
    // `wx`: never overwrite; a concurrent first start keeps whichever key was written first.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new ConfigError([{ path: 'VOXGUARD_LEDGER_KEY_FILE', message: `cannot write a development key under ${options.dataDir} (${(error as NodeJS.ErrnoException).code ?? 'error'})` }])
    }
  }
  return ledgerKeyFromPem(readKeyFile(file, 'VOXGUARD_LEDGER_KEY_FILE'), 'VOXGUARD_LEDGER_KEY_FILE')
}

/** Builds the key from a PKCS#8 PEM (or a KeyObject); refuses anything but Ed25519. */
export function ledgerKeyFromPem(pem: string | KeyObject, origin = 'ledger key'): LedgerKey {
  let privateKey: KeyObject
  try {
    privateKey = typeof pem === 'string' ? createPrivateKey(pem) : pem
  } catch {
    throw new ConfigError([{ path: origin, message: 'is not a PEM private key' }])
  }
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError([{ path: origin, message: 'must be an Ed25519 private key (openssl genpkey -algorithm ed25519)' }])
  }
  const publicKey = createPublicKey(privateKey)
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' })
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: publicKeyId(spki),
    hmacKey: Buffer.from(hkdfSync('sha256', pkcs8, Buffer.alloc(0), 'voxguard-ledger owner-ref v1', 32)),
  }
}

export function publicKeyId(spkiDer: Buffer): string {
  return `ed25519:${createHash('sha256').update(spkiDer).digest('hex').slice(0, 16)}`
}

function readKeyFile(path: string, variable: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError([{ path: variable, message: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` }])
  }
}
