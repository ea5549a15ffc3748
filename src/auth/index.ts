// Auth: who is calling (service clients with vgk_ keys, end users with JWTs).
export type { Principal } from './principal.js'
export { createAuthenticator, type Authenticator, type JwtSettings } from './authenticate.js'
export { createClient, normaliseOrigin, type CreateClientInput } from './create-client.js'
export { generateClientKey, hashClientKey, isWellFormedClientKey, CLIENT_KEY_PREFIX } from './client-keys.js'
