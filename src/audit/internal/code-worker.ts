/**
 * Worker thread body for the code rules: loads TypeScript at once (overlapping the main thread's file
 * pass), checks each path it is sent, and answers with every result when told the list has ended.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { BrowserApps } from '../browser-apps.js'
import { checkCodeFile, loadTypescript, rootImportResolver, saveTypescriptCache, type FileCodeResult } from '../code-files.js'

const { root, maxTokenTtlSeconds } = workerData as { root: string; maxTokenTtlSeconds: number }
const apps = new BrowserApps(root)
loadTypescript()
const imports = rootImportResolver(root)
const results: FileCodeResult[] = []
parentPort?.on('message', (msg: { path?: string; end?: boolean }) => {
  if (msg.path !== undefined) {
    const r = checkCodeFile(root, msg.path, maxTokenTtlSeconds, apps, imports)
    if (r !== undefined) results.push(r)
  }
  if (msg.end) {
    parentPort?.postMessage({ results })
    // after answering, so that saving the bytecode (only on a run that had no cache) delays no result
    saveTypescriptCache()
    parentPort?.close()
  }
})
