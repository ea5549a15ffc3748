/**
 * What an import of the repository's own code stands for: `import { baseParams } from
 * './aai-config'` is read as the `export const baseParams = {...}` of that file, so that the code
 * rules judge options set up in another module of the app. Relative specifiers are followed, and
 * the aliases of the nearest tsconfig.json or jsconfig.json (`paths`, `baseUrl`: "@/lib/aai"; its
 * `extends` is not read); a package's code is not the app's. Only files within the scanned root are
 * read, through at most a few re-exports; each module is read and parsed once per scan.
 *
 * @module
 */
import type * as TS from 'typescript'

/** Reads a file of the scanned tree by its path relative to the root; undefined when absent or too large. */
export type ModuleReader = (path: string) => string | undefined

/** What an import names: an exported initializer, or an exported function or class declaration. */
export type ExportedDeclaration = TS.Expression | TS.FunctionDeclaration | TS.ClassDeclaration
export type ImportResolver = (from: TS.SourceFile, specifier: string, name: string) => ExportedDeclaration | undefined

/** Modules larger than this are not parsed for an import (a generated or bundled file). */
export const MAX_MODULE_BYTES = 512 * 1024
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']
/** `./x.js` in TypeScript sources names `./x.ts` (ESM imports name the emitted file). */
const EMITTED = /\.(?:m|c)?jsx?$/
const MAX_REEXPORTS = 3

/** `a/b/../c/./d` -> `a/c/d`; undefined when it climbs out of the root. */
function normalise(path: string): string | undefined {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

/** A module path naming a TypeScript source file with its extension. */
const TS_SOURCE = /\.(?:ts|tsx|mts|cts)$/

const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')

/** The files a module path (root-relative, extension maybe left out) may be, in TypeScript's order. */
function candidates(target: string | undefined): string[] {
  if (target === undefined || target === '') return []
  // `import cfg from './aai.json'`: the file as named
  if (target.endsWith('.json')) return [target]
  // `import { aai } from '../_shared/aai.ts'` (Deno, Bun, TypeScript's allowImportingTsExtensions): the file as named
  if (TS_SOURCE.test(target)) return [target]
  const out: string[] = []
  if (EMITTED.test(target)) {
    const stem = target.replace(EMITTED, '')
    const ext = target.slice(stem.length)
    // `.js` -> `.ts`/`.tsx`, `.mjs` -> `.mts`, `.cjs` -> `.cts`, then the file as named
    const ts = ext === '.mjs' ? ['.mts'] : ext === '.cjs' ? ['.cts'] : ['.ts', '.tsx']
    for (const e of ts) out.push(stem + e)
    out.push(target)
    return out
  }
  for (const e of SOURCE_EXTENSIONS) out.push(target + e)
  for (const e of SOURCE_EXTENSIONS) out.push(`${target}/index${e}`)
  return out
}

function scriptKind(ts: typeof TS, path: string): TS.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX
  return /\.[cm]?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS
}

const exported = (ts: typeof TS, node: TS.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false)
const isDefault = (ts: typeof TS, node: TS.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) ?? false)

/** A tsconfig's (or jsconfig's) module paths: where `baseUrl` and `paths` point, from the root. */
interface PathConfig {
  readonly base: string
  readonly paths: readonly (readonly [string, readonly string[]])[]
  readonly hasBaseUrl: boolean
}

export function createImportResolver(ts: typeof TS, read: ModuleReader): ImportResolver {
  const parsed = new Map<string, TS.SourceFile | null>()
  const configs = new Map<string, PathConfig | null>()

  /** The nearest tsconfig.json or jsconfig.json at or above `dir` (its `extends` is not followed). */
  const pathConfig = (dir: string): PathConfig | null => {
    const known = configs.get(dir)
    if (known !== undefined) return known
    let found: PathConfig | null = null
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const file = dir === '' ? name : `${dir}/${name}`
      const text = read(file)
      if (text === undefined) continue
      const options = (ts.parseConfigFileTextToJson(file, text).config as { compilerOptions?: { baseUrl?: unknown; paths?: unknown } } | undefined)?.compilerOptions
      const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : undefined
      const paths = options?.paths !== null && typeof options?.paths === 'object' ? Object.entries(options.paths as Record<string, unknown>).flatMap(([k, v]) => (Array.isArray(v) ? [[k, v.filter((t): t is string => typeof t === 'string')] as const] : [])) : []
      found = { base: normalise(`${dir}/${baseUrl ?? '.'}`) ?? '', paths, hasBaseUrl: baseUrl !== undefined }
      break
    }
    if (found === null && dir !== '') found = pathConfig(dirOf(dir))
    configs.set(dir, found)
    return found
  }

  /** Where a specifier points, from the root: relative to the importing file, or through the tsconfig's `paths` and `baseUrl` ("@/lib/aai"). */
  const targets = (fromFile: string, specifier: string): (string | undefined)[] => {
    if (specifier.startsWith('./') || specifier.startsWith('../')) return [normalise(`${dirOf(fromFile)}/${specifier}`)]
    const config = pathConfig(dirOf(fromFile))
    if (config === null) return []
    const out: (string | undefined)[] = []
    for (const [pattern, to] of config.paths) {
      const star = pattern.indexOf('*')
      let rest: string | undefined
      if (star < 0) rest = pattern === specifier ? '' : undefined
      else if (specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1)) && specifier.length >= pattern.length - 1) rest = specifier.slice(star, specifier.length - (pattern.length - star - 1))
      if (rest !== undefined) for (const t of to) out.push(normalise(`${config.base}/${t.replace('*', rest)}`))
    }
    if (config.hasBaseUrl) out.push(normalise(`${config.base}/${specifier}`))
    return out
  }

  const load = (fromFile: string, specifier: string): TS.SourceFile | undefined => {
    for (const path of targets(fromFile, specifier).flatMap(candidates)) {
      const known = parsed.get(path)
      if (known !== undefined) {
        if (known !== null) return known
        continue
      }
      const text = read(path)
      if (text === undefined || text.length > MAX_MODULE_BYTES) {
        parsed.set(path, null)
        continue
      }
      // (a JSON module is read as the value it exports by default, parsed as code so its nodes know their parents)
      const sf = path.endsWith('.json') ? ts.createSourceFile(path, `export default ${text}\n`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) : ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(ts, path))
      parsed.set(path, sf)
      return sf
    }
    return undefined
  }

  /** The top-level `const` initializer, function or class declaration a module binds to `local`, once. */
  const topLevel = (sf: TS.SourceFile, local: string): ExportedDeclaration | undefined => {
    const found: (ExportedDeclaration | null)[] = []
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) {
        const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === local) found.push(isConst && d.initializer !== undefined ? d.initializer : null)
      } else if (ts.isFunctionDeclaration(st) && st.name?.text === local && st.body !== undefined) found.push(st)
      else if (ts.isClassDeclaration(st) && st.name?.text === local) found.push(st)
    }
    return found.length === 1 ? (found[0] ?? undefined) : undefined
  }

  /** CommonJS: `module.exports.name = …`, `exports.name = …`, or `module.exports = { name: … }`. */
  const commonJs = (sf: TS.SourceFile, name: string): ExportedDeclaration | undefined => {
    const isModuleExports = (e: TS.Expression): boolean => ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'module' && e.name.text === 'exports'
    for (const st of sf.statements) {
      if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression) || st.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue
      const { left, right } = st.expression
      if (ts.isPropertyAccessExpression(left) && left.name.text === name && (isModuleExports(left.expression) || (ts.isIdentifier(left.expression) && left.expression.text === 'exports'))) return right
      if (isModuleExports(left) && ts.isObjectLiteralExpression(right)) {
        for (const p of right.properties) {
          if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name) return p.initializer
          if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return topLevel(sf, name)
        }
      }
    }
    return undefined
  }

  const resolve = (sf: TS.SourceFile, name: string, hops: number): ExportedDeclaration | undefined => {
    if (name !== 'default' && name !== '*') {
      const cjs = commonJs(sf, name)
      if (cjs !== undefined) return cjs
    }
    for (const st of sf.statements) {
      if (name === 'default') {
        if (ts.isExportAssignment(st) && st.isExportEquals !== true) return ts.isIdentifier(st.expression) ? topLevel(sf, st.expression.text) : st.expression
        if (ts.isFunctionDeclaration(st) && exported(ts, st) && isDefault(ts, st) && st.body !== undefined) return st
        if (ts.isClassDeclaration(st) && exported(ts, st) && isDefault(ts, st)) return st
      } else if (ts.isVariableStatement(st) && exported(ts, st)) {
        const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return isConst ? d.initializer : undefined
      } else if (ts.isFunctionDeclaration(st) && exported(ts, st) && !isDefault(ts, st) && st.name?.text === name) return st.body === undefined ? undefined : st
      else if (ts.isClassDeclaration(st) && exported(ts, st) && !isDefault(ts, st) && st.name?.text === name) return st
      if (ts.isExportDeclaration(st) && st.isTypeOnly !== true) {
        const from = st.moduleSpecifier !== undefined && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined
        const clause = st.exportClause
        // `export * from './base'`: the name may be there
        if (clause === undefined) {
          if (from !== undefined && hops < MAX_REEXPORTS) {
            const next = load(sf.fileName, from)
            const r = next === undefined ? undefined : resolve(next, name, hops + 1)
            if (r !== undefined) return r
          }
          continue
        }
        if (!ts.isNamedExports(clause)) continue
        for (const el of clause.elements) {
          if (el.name.text !== name) continue
          const local = (el.propertyName ?? el.name).text
          if (from === undefined) return topLevel(sf, local)
          if (hops >= MAX_REEXPORTS) return undefined
          const next = load(sf.fileName, from)
          return next === undefined ? undefined : resolve(next, local, hops + 1)
        }
      }
    }
    return undefined
  }

  return (from, specifier, name) => {
    const sf = load(from.fileName, specifier)
    return sf === undefined ? undefined : resolve(sf, name, 0)
  }
}
