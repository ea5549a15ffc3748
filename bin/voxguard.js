#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli (compiled to dist/ by `npm install`'s prepare step).
import { main } from '../dist/src/cli/main.js'

main(process.argv).then(
  (code) => {
    if (code !== undefined) process.exitCode = code
  },
  (error) => {
    process.stderr.write(`voxguard: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  },
)
