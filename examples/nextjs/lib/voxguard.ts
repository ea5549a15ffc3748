// One voxguard instance per server process, created on first use.
// Configuration comes from the environment (ASSEMBLYAI_API_KEY, DATABASE_URL, VOXGUARD_POLICY, ...).
import { createVoxguardHandlers, type VoxguardHandlers } from 'voxguard'

let handlers: Promise<VoxguardHandlers> | undefined

export function voxguard(): Promise<VoxguardHandlers> {
  handlers ??= createVoxguardHandlers()
  return handlers
}
