/**
 * Worker thread body for the tree scan: one batch of files, posted back with progress messages.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import picomatch from 'picomatch'
import type { ListedFile } from '../file-lister.js'
import { isCodeFile, isBundleFile } from '../path-kinds.js'
import { isOtherCodeFile } from '../retention-facts.js'
import { scanBatch } from '../tree-batch.js'

interface TreeWorkerInput {
  readonly root: string
  readonly entries: ListedFile[]
  readonly testPatterns: string[]
  readonly includeTests: boolean
  readonly maxBytes: number
}

const input = workerData as TreeWorkerInput
const isTest = picomatch(input.testPatterns, { dot: true })
const isCodePath = (p: string): boolean => (isCodeFile(p) || isOtherCodeFile(p)) && !isBundleFile(p) && (input.includeTests || !isTest(p))
const result = scanBatch(input.root, input.entries, isCodePath, input.maxBytes, (done) => parentPort?.postMessage({ type: 'progress', done }))
parentPort?.postMessage({ type: 'done', result })
