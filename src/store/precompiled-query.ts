/**
 * Queries built and compiled once, run many times with named values. Building a Kysely query
 * (builder objects, operation-node tree, compilation) costs several times what SQLite takes to run
 * a point lookup; the per-request queries (a webhook's transcript, a client's key) are compiled
 * once at start-up instead.
 *
 * The query is built with a placeholder per named value; the placeholders are found among the
 * compiled parameters, so the binding does not depend on the order Kysely emits them in.
 *
 * @module
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely'
import type { Database } from './database.js'

/** Stands for a named value while the query is built (accepted wherever a value is). */
export type Placeholder = <Name extends string>(name: Name) => never

/** Runs a compiled query: the database, or a transaction of it. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>
}

export type PrecompiledQuery<Names extends string, Row> = (values: Readonly<Record<Names, unknown>>, runner?: QueryRunner) => Promise<QueryResult<Row>>

const MARK = '\u0000voxguard-placeholder:'

export function precompile<Names extends string, Row>(db: Kysely<Database>, build: (value: Placeholder) => Compilable<Row>): PrecompiledQuery<Names, Row> {
  const placeholder = ((name: string) => `${MARK}${name}`) as unknown as Placeholder
  const compiled: CompiledQuery<Row> = build(placeholder).compile()
  // For each compiled parameter: the name it is bound from, or undefined for a constant.
  const names = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? (p.slice(MARK.length) as Names) : undefined))
  return (values, runner = db) => {
    const parameters = compiled.parameters.map((constant, i) => {
      const name = names[i]
      return name === undefined ? constant : values[name]
    })
    return runner.executeQuery<Row>({ ...compiled, parameters })
  }
}
