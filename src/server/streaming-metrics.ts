/**
 * Prometheus metrics of the redacting streaming proxy, on the gateway's own registry: live
 * sessions, sessions ended by close code, the gateway's time per relayed turn, PII findings.
 *
 * @module
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import type { StreamingProxyOptions } from './streaming-proxy.js'

export type StreamingMetricHooks = Required<Pick<StreamingProxyOptions, 'onTurnRelayed' | 'onSessionEnd' | 'onRefused'>> & {
  /** Call once the proxy exists: the live-sessions gauge reads it on scrape. */
  observe(proxy: { activeSessions(): number }): void
}

export function streamingMetrics(registry: Registry): StreamingMetricHooks {
  let source: { activeSessions(): number } | undefined
  new Gauge({
    name: 'voxguard_streaming_sessions',
    help: 'Proxied streaming sessions open now',
    registers: [registry],
    collect() {
      this.set(source?.activeSessions() ?? 0)
    },
  })
  const ended = new Counter({ name: 'voxguard_streaming_sessions_ended_total', help: 'Proxied streaming connections ended or refused, by close code sent to the browser', labelNames: ['code'], registers: [registry] })
  const turnSeconds = new Histogram({
    name: 'voxguard_streaming_turn_relay_seconds',
    help: "The gateway's own time per relayed turn (receive to send, PII redaction included)",
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05],
    registers: [registry],
  })
  const findings = new Counter({ name: 'voxguard_streaming_pii_findings_total', help: 'PII findings removed from live turns', registers: [registry] })
  const dropped = new Counter({ name: 'voxguard_streaming_dropped_partials_total', help: 'Partial turns dropped because a browser was not reading', registers: [registry] })
  return {
    observe(proxy) {
      source = proxy
    },
    onTurnRelayed: (ms) => turnSeconds.observe(ms / 1000),
    onRefused: (code) => ended.inc({ code: String(code) }),
    onSessionEnd: (summary) => {
      ended.inc({ code: String(summary.closeCode) })
      findings.inc(summary.piiFindings)
      dropped.inc(summary.droppedPartials)
    },
  }
}
