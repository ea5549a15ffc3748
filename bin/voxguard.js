#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli (compiled and bundled to dist/cli by `npm install`'s
// prepare step; see scripts/build-cli.mjs).
import { main } from '../dist/cli/main.js'

// A reader that stops early (`voxguard pii redact < big.txt | head`) closes the pipe: stop quietly,
// as Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

main(process.argv).then(
  (code) => {
    if (code !== undefined) process.exitCode = code
  },
  (error) => {
    process.stderr.write(`voxguard: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  },
)
