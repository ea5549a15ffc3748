import { Scalar } from '@scalar/hono-api-reference'
import { Hono } from 'hono'
import type { GatewayEnv } from '../gateway-env.js'
import { createOpenApiDocument } from '../openapi-document.js'

export function docsRoutes(version: string): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>()
  const document = createOpenApiDocument(version)
  app.get('/openapi.json', (c) => c.json(document))
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'voxguard gateway API' }))
  return app
}
