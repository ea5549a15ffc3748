/**
 * CPU time a child process has used so far (user + system), read from /proc. Benchmarks report
 * CPU per request next to throughput: on a shared 2-core machine throughput moves with the load
 * of other processes, CPU per request much less.
 */
import { readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100

/** Milliseconds of CPU used by `pid` so far, or NaN where /proc is not available. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}

/** Milliseconds of CPU used so far by each thread of `pid`, keyed `name#tid` (empty where /proc is not available). */
export function threadCpuMs(pid: number | undefined): Map<string, number> {
  const byName = new Map<string, number>()
  if (pid === undefined) return byName
  let tasks: string[]
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    return byName
  }
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8')
      const name = `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}#${task}`
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      byName.set(name, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND)
    } catch {
      // The thread ended meanwhile.
    }
  }
  return byName
}
