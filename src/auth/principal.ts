/** Who is calling: a service client (an app's backend) or an end user (JWT `sub`). */
export interface Principal {
  /** Stable owner id: `client:<name>` or `user:<sub>`. */
  readonly id: string
  readonly kind: 'client' | 'user'
  /** Browser origins this principal may call from. */
  readonly origins: readonly string[]
  /** Per-principal caps (client settings); undefined = the policy's. */
  readonly maxTokenTtlSeconds: number | undefined
  readonly ratePerMinute: number | undefined
}
