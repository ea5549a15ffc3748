/**
 * `npm run bench:pii`: accuracy on both dev sets (voxguard and the npm libraries through one
 * scorer) and throughput. Options: `--accuracy` or `--speed` alone, `--only <regex>` to pick
 * contenders.
 *
 * @module
 */
import { accuracyTables } from './accuracy.js'
import { speedTable } from './speed.js'

const args = process.argv.slice(2)
const onlyIdx = args.indexOf('--only')
const only = onlyIdx >= 0 ? new RegExp(args[onlyIdx + 1] ?? '.', 'i') : undefined
const doAccuracy = !args.includes('--speed') || args.includes('--accuracy')
const doSpeed = !args.includes('--accuracy') || args.includes('--speed')

process.stdout.write(`# PII bench (node ${process.version}, ${new Date().toISOString()})\n`)
if (doAccuracy) process.stdout.write(`\n## Accuracy\n${await accuracyTables(only)}\n`)
if (doSpeed) process.stdout.write(`\n## Speed\n${await speedTable(only)}\n`)
