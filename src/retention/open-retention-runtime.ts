/**
 * Builds what the retention CLI commands need from a loaded configuration: the store (migrated),
 * the ledger (key from VOXGUARD_LEDGER_KEY_FILE, or a development key in the data directory), the
 * policy's retention settings, and, when asked, an erasure engine over the AssemblyAI client.
 *
 * @module
 */
import { createApiKeyProvider } from '../config/api-key-provider.js'
import type { LoadedConfig } from '../config/load-config.js'
import { ConfigError } from '../errors.js'
import { createLedger, type Ledger } from '../ledger/index.js'
import { defaultPolicy, loadPolicyFile, type Policy } from '../policy/index.js'
import { createStore, type Store } from '../store/index.js'
import { createAssemblyAIClient } from '../upstream/index.js'
import { createErasureEngine, type ErasureEngine } from './create-erasure-engine.js'
import type { EngineLogger } from './erasure-types.js'
import type { EngineOptions } from './internal/engine-runtime.js'

export interface RetentionRuntime {
  readonly store: Store
  readonly ledger: Ledger
  readonly policy: Policy
  /**
   * Throws a ConfigError naming ASSEMBLYAI_API_KEY when no key is configured, unless `requireKey`
   * is false (a dry run over tracked transcripts never calls AssemblyAI).
   */
  engine(options?: Partial<EngineOptions>, extra?: { logger?: EngineLogger; requireKey?: boolean }): ErasureEngine
  close(): Promise<void>
}

export async function openRetentionRuntime(loaded: LoadedConfig): Promise<RetentionRuntime> {
  const { config } = loaded
  const policy = config.policyFile ? loadPolicyFile(config.policyFile) : defaultPolicy()
  const store = createStore({ url: config.database.url, dataDir: config.database.dataDir })
  try {
    await store.migrate()
    const ledger = createLedger({ store, keyFile: config.ledger.keyFile, dataDir: config.database.dataDir, env: config.env })
    return {
      store,
      ledger,
      policy,
      engine(options = {}, extra = {}) {
        const keys = createApiKeyProvider({ initial: config.upstream.apiKey, file: loaded.apiKeyFile })
        const logger = extra.logger
        if (!keys.current() && extra.requireKey !== false) throw new ConfigError([{ path: 'ASSEMBLYAI_API_KEY', message: 'is required to erase transcripts at AssemblyAI (or set ASSEMBLYAI_API_KEY_FILE)' }])
        const upstream = createAssemblyAIClient({
          apiKey: () => keys.current() ?? '',
          baseUrl: config.upstream.baseUrl,
          streamingBaseUrl: config.upstream.streamingBaseUrl,
          timeoutMs: config.upstream.timeoutMs,
          // The engine retries under its own request budget; client-side retries would bypass it.
          maxRetries: 0,
        })
        return createErasureEngine({ store, upstream, ledger, options, ...(logger ? { logger } : {}) })
      },
      close: () => store.close(),
    }
  } catch (error) {
    await store.close().catch(() => undefined)
    throw error
  }
}
