// An Express app that mounts voxguard's handlers next to its own routes.
import { getRequestListener } from '@hono/node-server'
import express from 'express'
import { createVoxguardHandlers } from 'voxguard'

export async function createExpressApp(): Promise<{ app: express.Express; close: () => Promise<void> }> {
  const voxguard = await createVoxguardHandlers()
  const app = express()
  app.get('/', (_req, res) => {
    res.send('my app')
  })
  // Give voxguard the raw request (do not put a body parser in front of these routes).
  app.post('/api/token', getRequestListener(voxguard.streamingToken))
  app.use('/api/transcripts', getRequestListener((request) => voxguard.transcripts(request)))
  app.post('/webhooks/assemblyai', getRequestListener(voxguard.assemblyaiWebhook))
  return { app, close: () => voxguard.close() }
}
