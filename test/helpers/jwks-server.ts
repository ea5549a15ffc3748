/** An identity provider on loopback: a JWKS endpoint and a signer, for end-user JWT tests. */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose'

export interface TestIdp {
  readonly jwksUrl: string
  readonly issuer: string
  sign(claims: { sub?: string; aud?: string; iss?: string; expiresIn?: string }): Promise<string>
  close(): Promise<void>
}

export async function startTestIdp(): Promise<TestIdp> {
  const { publicKey, privateKey } = await generateKeyPair('ES256')
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' }
  const server: Server = createServer((req, res) => {
    if (req.url === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }))
    } else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    jwksUrl: `${base}/.well-known/jwks.json`,
    issuer: base,
    async sign(claims) {
      const jwt = new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'test-key' }).setIssuedAt().setIssuer(claims.iss ?? base).setAudience(claims.aud ?? 'voxguard').setExpirationTime(claims.expiresIn ?? '5m')
      if (claims.sub !== undefined) jwt.setSubject(claims.sub)
      return jwt.sign(privateKey)
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
