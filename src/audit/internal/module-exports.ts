/**
 * What a relative import of the repository's own code stands for: `import { baseParams } from
 * './aai-config'` is read as the `export const baseParams = {...}` of that file, so that the code
 * rules judge options set up in another module of the app. Only relative specifiers are followed
 * (a package's code is not the app's), within the scanned root, through at most a few re-exports;
 * each module is read and parsed once per scan.
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

function candidates(fromFile: string, specifier: string): string[] {
  const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : ''
  const target = normalise(`${dir}/${specifier}`)
  if (target === undefined || target === '') return []
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

export function createImportResolver(ts: typeof TS, read: ModuleReader): ImportResolver {
  const parsed = new Map<string, TS.SourceFile | null>()

  const load = (fromFile: string, specifier: string): TS.SourceFile | undefined => {
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined
    for (const path of candidates(fromFile, specifier)) {
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
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(ts, path))
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
