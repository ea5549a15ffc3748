/**
 * v3 temporary streaming tokens: HS256 JWTs (like AssemblyAI's) signed with a per-process secret,
 * single use, expiring after `expires_in_seconds`, carrying the session's maximum duration.
 *
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'

export interface IssuedToken {
  readonly token: string
  readonly expiresInSeconds: number
}

export type TokenCheck =
  | { ok: true; maxSessionDurationSeconds: number }
  | { ok: false; reason: string }

export class StreamingTokens {
  readonly #secret = randomBytes(32)
  /** jti -> expiry (ms); removed when used or once expired. */
  readonly #live = new Map<string, number>()
  /** Used jti -> expiry (ms): a used token stays refused until it has expired anyway. */
  readonly #used = new Map<string, number>()
  readonly #now: () => number
  /** Expired entries are swept at most once a second, so issuing stays O(1) however many are live. */
  #nextSweepAt = 0

  constructor(now: () => number) {
    this.#now = now
  }

  async issue(expiresInSeconds: number, maxSessionDurationSeconds: number): Promise<IssuedToken> {
    this.#sweep()
    const jti = randomUUID()
    const nowS = Math.floor(this.#now() / 1000)
    const token = await new SignJWT({ max_session_duration_seconds: maxSessionDurationSeconds })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setJti(jti)
      .setIssuedAt(nowS)
      .setExpirationTime(nowS + expiresInSeconds)
      .sign(this.#secret)
    this.#live.set(jti, this.#now() + expiresInSeconds * 1000)
    return { token, expiresInSeconds }
  }

  /** Verifies and consumes a token: a second use fails. */
  async consume(token: string): Promise<TokenCheck> {
    let payload: { jti?: string; max_session_duration_seconds?: unknown }
    try {
      const verified = await jwtVerify(token, this.#secret, { algorithms: ['HS256'], currentDate: new Date(this.#now()) })
      payload = verified.payload as typeof payload
    } catch (err) {
      const expired = err instanceof Error && 'code' in err && err.code === 'ERR_JWT_EXPIRED'
      return { ok: false, reason: expired ? 'Token expired' : 'Invalid token' }
    }
    const jti = payload.jti
    if (jti === undefined) return { ok: false, reason: 'Invalid token' }
    if (this.#used.has(jti)) return { ok: false, reason: 'Token already used' }
    const expiry = this.#live.get(jti)
    if (expiry === undefined || expiry <= this.#now()) return { ok: false, reason: 'Token expired' }
    this.#live.delete(jti)
    this.#used.set(jti, expiry)
    const max = typeof payload.max_session_duration_seconds === 'number' ? payload.max_session_duration_seconds : 10_800
    return { ok: true, maxSessionDurationSeconds: max }
  }

  #sweep(): void {
    const now = this.#now()
    if (now < this.#nextSweepAt) return
    this.#nextSweepAt = now + 1000
    for (const [jti, expiry] of this.#live) if (expiry <= now) this.#live.delete(jti)
    for (const [jti, expiry] of this.#used) if (expiry <= now) this.#used.delete(jti)
  }
}
