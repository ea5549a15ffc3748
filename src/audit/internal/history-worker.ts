/**
 * Worker thread body: scans the commits it is given (`git log -p -U0 --no-walk --stdin`) and posts
 * back findings per commit. Progress messages are `{ type: 'progress', commits }`.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createGitRunner } from '../git-runner.js'
import { logPatchArgs, scanCommits } from './history-chunk.js'

interface WorkerInput {
  readonly cwd: string
  readonly commits: string[]
}

const input = workerData as WorkerInput
const result = await scanCommits(createGitRunner(), input.cwd, input.commits, logPatchArgs(), (n) => parentPort?.postMessage({ type: 'progress', commits: n }))
parentPort?.postMessage({ type: 'done', byCommit: [...result.byCommit], bytes: result.bytes })
