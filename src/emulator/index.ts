/**
 * The AssemblyAI emulator: a local, offline stand-in for AssemblyAI's REST API, v3 token endpoint
 * and v3 streaming WebSocket, faithful enough for the official SDK.
 *
 * @module
 */
export { startEmulator } from './start-emulator.js'
export type { EmulatorOptions, RunningEmulator } from './start-emulator.js'
export { parseFaultSpec, FaultSpecError } from './internal/faults.js'
export { BUILTIN_SCRIPTS } from './scripts/builtin-scripts.js'
export { compileScript, ScriptSourceError } from './scripts/compile-script.js'
export type { EmulatorScript, PiiSpan, SafetySpan, ScriptSource, ScriptWord } from './scripts/script-types.js'
