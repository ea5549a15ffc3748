import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** One registry per gateway instance (never the global one), so tests and embedders stay isolated. */
export interface GatewayMetrics {
  readonly registry: Registry
  readonly httpRequests: Counter<'method' | 'route' | 'status'>
  readonly httpDuration: Histogram<'method' | 'route'>
  readonly webhooksReceived: Counter<'outcome'>
  readonly transcriptVerdicts: Counter<'kind' | 'action'>
  readonly verdictLabels: Counter<'kind' | 'label' | 'action'>
}

export function createGatewayMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry()
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'voxguard_' })
  return {
    registry,
    httpRequests: new Counter({
      name: 'voxguard_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'voxguard_http_request_duration_seconds',
      help: 'HTTP request duration, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    webhooksReceived: new Counter({
      name: 'voxguard_assemblyai_webhooks_total',
      help: 'AssemblyAI webhook deliveries, by outcome (queued, duplicate, rejected)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    transcriptVerdicts: new Counter({
      name: 'voxguard_transcript_verdicts_total',
      help: 'Verdicts on finished transcripts, by kind (content_safety, residual_pii) and action',
      labelNames: ['kind', 'action'],
      registers: [registry],
    }),
    verdictLabels: new Counter({
      name: 'voxguard_transcript_verdict_labels_total',
      help: 'Content-safety labels and residual PII types seen on finished transcripts, by verdict action',
      labelNames: ['kind', 'label', 'action'],
      registers: [registry],
    }),
  }
}
