/**
 * The anchor: the guide's naive token handler. A bare route that calls the official SDK's
 * createTemporaryToken with no authentication, no limits, no audit, no policy.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AssemblyAI } from 'assemblyai'

const client = new AssemblyAI({ apiKey: process.env['ASSEMBLYAI_API_KEY'] ?? '', baseUrl: process.env['ASSEMBLYAI_BASE_URL'] ?? '', streamingBaseUrl: process.env['ASSEMBLYAI_STREAMING_BASE_URL'] ?? '' })

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/token') {
    res.writeHead(404).end()
    return
  }
  req.resume()
  client.streaming.createTemporaryToken({ expires_in_seconds: 60 }).then(
    (token) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token })),
    () => res.writeHead(500).end(),
  )
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`{"url":"http://127.0.0.1:${(server.address() as AddressInfo).port}"}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
