/**
 * Small static evaluators over TypeScript AST nodes: strings, numbers, booleans and object literals
 * (with spreads followed, and identifiers resolved in the scopes around their use). Anything not statically known is
 * `undefined`, and the code rules then stay silent rather than guess.
 *
 * @module
 */
import type * as TS from 'typescript'
import type { ExportedDeclaration, ImportResolver } from './module-exports.js'

export interface ObjectShape {
  readonly props: Map<string, TS.Expression>
  /** False when a spread or computed key could add properties we cannot see. */
  readonly complete: boolean
}

export class TsEval {
  private readonly ts: typeof TS
  /** Each block's bindings (see `bindingsOf`). */
  private readonly scopes = new Map<TS.Node, Map<string, TS.Expression | null>>()
  /** Each block's imports of relative modules: the local name, with the module and the name it imports (`*` for a namespace). */
  private readonly imports = new Map<TS.Node, Map<string, { specifier: string; name: string }>>()
  private readonly resolveImport: ImportResolver | undefined
  /** The parameters of the functions whose call is being read, with what that call passes them. */
  private readonly callBindings = new Map<TS.ParameterDeclaration, TS.Expression>()

  /** With `resolveImport`, a name imported from a module of the app is read from that module's export. */
  constructor(ts: typeof TS, resolveImport?: ImportResolver) {
    this.ts = ts
    this.resolveImport = resolveImport
  }

  unwrap(expr: TS.Expression): TS.Expression {
    const ts = this.ts
    let e = expr
    for (;;) {
      if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e) || ts.isNonNullExpression(e)) e = e.expression
      // `Object.freeze({ ... })`: the object itself
      else if (ts.isCallExpression(e) && e.arguments.length === 1 && isObjectFreeze(ts, e.expression)) e = e.arguments[0] as TS.Expression
      else return e
    }
  }

  /**
   * What the identifier refers to where it is used: the initializer of the `const/let/var` that the
   * scopes around it declare (the nearest scope that binds the name decides), with that scope. Undefined
   * when the nearest binding is a parameter, an import, a destructuring, a function or class, a loop or
   * catch variable, more than one declaration, or none in this file: a value passed in is never guessed
   * from a same-named value elsewhere.
   */
  private lookup(id: TS.Identifier, parameterDefaults = false): { init: TS.Expression; scope: TS.Node } | undefined {
    const ts = this.ts
    const name = id.text
    for (let node: TS.Node | undefined = id.parent; node !== undefined; node = node.parent) {
      if (ts.isFunctionLike(node)) {
        const index = node.parameters.findIndex((q) => this.binds(q.name, name))
        const p = node.parameters[index]
        if (p === undefined) continue
        // (while a call of the function is read: what that call passes)
        const bound = this.callBindings.get(p)
        if (bound !== undefined) return { init: bound, scope: node }
        if (parameterDefaults && ts.isIdentifier(p.name) && p.initializer !== undefined) return { init: p.initializer, scope: node }
        // a function of this file called from one place only: the parameter is what that call passes
        // (`function enqueue(params) { client.transcripts.submit(params) }` ... `enqueue({ ...base, content_safety: true })`)
        const passed = ts.isIdentifier(p.name) && p.dotDotDotToken === undefined ? this.onlyCallArgument(node, index) : undefined
        return passed === undefined ? undefined : { init: passed, scope: node }
      }
      if (ts.isCatchClause(node) && node.variableDeclaration !== undefined && this.binds(node.variableDeclaration.name, name)) return undefined
      if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer !== undefined && ts.isVariableDeclarationList(node.initializer)) {
        if (node.initializer.declarations.some((d) => this.binds(d.name, name))) return undefined
      }
      if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
        const found = this.bindingsOf(node).get(name)
        if (found === null) {
          // `import { baseParams } from './aai-config'`: the constant that module exports
          const imported = this.importedDeclaration(node, name)
          return imported === undefined || this.ts.isFunctionDeclaration(imported) || this.ts.isClassDeclaration(imported) ? undefined : { init: imported, scope: imported.getSourceFile() }
        }
        if (found !== undefined) return { init: found, scope: node }
      }
    }
    return undefined
  }

  /** What a block's import of `name` (its only binding there) declares in the module it comes from. */
  private importedDeclaration(block: TS.Node, name: string): ExportedDeclaration | undefined {
    const imported = this.imports.get(block)?.get(name)
    if (imported === undefined || imported.name === '*' || this.resolveImport === undefined) return undefined
    return this.resolveImport(block.getSourceFile(), imported.specifier, imported.name)
  }

  /**
   * The class declaration a name refers to where it is used: a class of this file (in a block around
   * the use) or one imported from the app's own modules; undefined for a package's class or any other binding.
   */
  classOf(id: TS.Identifier): TS.ClassDeclaration | undefined {
    const ts = this.ts
    for (let node: TS.Node | undefined = id.parent; node !== undefined; node = node.parent) {
      if (ts.isFunctionLike(node) && node.parameters.some((q) => this.binds(q.name, id.text))) return undefined
      if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) {
        const classes = node.statements.filter((st): st is TS.ClassDeclaration => ts.isClassDeclaration(st) && st.name?.text === id.text)
        if (classes.length > 0) return classes.length === 1 ? classes[0] : undefined
        if (!this.bindingsOf(node).has(id.text)) continue
        const imported = this.importedDeclaration(node, id.text)
        return imported !== undefined && ts.isClassDeclaration(imported) ? imported : undefined
      }
    }
    return undefined
  }

  /** The module a name is bound to by `import * as name from './module'` where it is used. */
  private namespaceOf(id: TS.Identifier): string | undefined {
    const ts = this.ts
    for (let node: TS.Node | undefined = id.parent; node !== undefined; node = node.parent) {
      if (ts.isFunctionLike(node) && node.parameters.some((q) => this.binds(q.name, id.text))) return undefined
      if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) {
        if (!this.bindingsOf(node).has(id.text)) continue
        const imported = this.imports.get(node)?.get(id.text)
        return imported?.name === '*' ? imported.specifier : undefined
      }
    }
    return undefined
  }

  /**
   * The value of `owner.name` when statically known: a constant of a module imported as a namespace
   * (`aaiConfig.baseParams`), or a property of an object literal (`CONFIG.transcription`).
   */
  private memberValue(e: TS.PropertyAccessExpression, depth: number): TS.Expression | undefined {
    const ts = this.ts
    const owner = this.unwrap(e.expression)
    // `this.defaults` in a method: the class's field, when its initializer is the only value it ever gets
    if (owner.kind === ts.SyntaxKind.ThisKeyword) return this.classFieldValue(owner, e.name.text)
    if (ts.isIdentifier(owner)) {
      const specifier = this.namespaceOf(owner)
      if (specifier !== undefined) {
        const r = this.resolveImport?.(owner.getSourceFile(), specifier, e.name.text)
        return r === undefined || ts.isFunctionDeclaration(r) || ts.isClassDeclaration(r) ? undefined : r
      }
      // `Duration.Hour` of `enum Duration { Hour = 3600 }` declared in this file
      const member = this.enumMember(owner, e.name.text)
      if (member !== undefined) return member
    }
    return this.objectOf(owner, depth + 1)?.props.get(e.name.text)
  }

  /** The initializer of member `name` of an enum named `owner` declared at the top of its file (or in a namespace there). */
  private enumMember(owner: TS.Identifier, name: string): TS.Expression | undefined {
    const ts = this.ts
    const find = (statements: readonly TS.Statement[]): TS.Expression | undefined => {
      for (const st of statements) {
        if (ts.isEnumDeclaration(st) && st.name.text === owner.text) {
          const m = st.members.find((x) => x.name.getText() === name)
          return m?.initializer
        }
        if (ts.isModuleDeclaration(st) && st.body !== undefined && ts.isModuleBlock(st.body)) {
          const r = find(st.body.statements)
          if (r !== undefined) return r
        }
      }
      return undefined
    }
    return find(owner.getSourceFile().statements)
  }

  /**
   * The initializer of the field `name` of the class whose method `self` (a `this`) is in: `private
   * readonly defaults = { ... }`, when nothing in the class assigns `this.name` (a `readonly` field
   * cannot be). Undefined in a plain function (its own `this`), or for a field set elsewhere.
   */
  private classFieldValue(self: TS.Expression, name: string): TS.Expression | undefined {
    const ts = this.ts
    let cls: TS.ClassLikeDeclaration | undefined
    for (let node: TS.Node | undefined = self.parent; node !== undefined; node = node.parent) {
      if (ts.isClassLike(node)) {
        cls = node
        break
      }
      // (a function expression or declaration has its own `this`; arrows and methods keep the class's)
      if (ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) return undefined
    }
    if (cls === undefined) return undefined
    let value: TS.Expression | undefined
    let readonly = false
    for (const m of cls.members) {
      if (!ts.isPropertyDeclaration(m) || m.name.getText() !== name) continue
      if (value !== undefined || m.initializer === undefined) return undefined
      value = m.initializer
      readonly = ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false
    }
    if (value === undefined || readonly) return value
    let assigned = false
    const look = (n: TS.Node): void => {
      if (assigned) return
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword && n.left.name.text === name) assigned = true
      else ts.forEachChild(n, look)
    }
    ts.forEachChild(cls, look)
    return assigned ? undefined : value
  }

  /** Per file: the calls of each function name, and the names used otherwise than called (passed on, exported). */
  private readonly callSites = new Map<TS.SourceFile, { calls: Map<string, TS.CallExpression[]>; escaped: Set<string> }>()

  /**
   * The argument at `index` of the one call of a function declared in this file (by a declaration or a
   * `const` holding it), when that is the only place its name is used: a function exported, passed on
   * or called from several places takes values this file does not say.
   */
  private onlyCallArgument(fn: TS.SignatureDeclaration, index: number): TS.Expression | undefined {
    const ts = this.ts
    let name: string | undefined
    if (ts.isFunctionDeclaration(fn) && fn.name !== undefined && fn.body !== undefined) name = fn.name.text
    else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) && fn.parent.initializer === fn) name = fn.parent.name.text
    if (name === undefined) return undefined
    const sites = this.callSitesOf(fn.getSourceFile())
    const calls = sites.calls.get(name)
    if (calls === undefined || calls.length !== 1 || sites.escaped.has(name)) return undefined
    const args = (calls[0] as TS.CallExpression).arguments
    if (args.slice(0, index + 1).some((a) => ts.isSpreadElement(a))) return undefined
    return args[index]
  }

  private callSitesOf(sf: TS.SourceFile): { calls: Map<string, TS.CallExpression[]>; escaped: Set<string> } {
    const cached = this.callSites.get(sf)
    if (cached !== undefined) return cached
    const ts = this.ts
    const calls = new Map<string, TS.CallExpression[]>()
    const escaped = new Set<string>()
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const list = calls.get(node.expression.text) ?? []
        list.push(node)
        calls.set(node.expression.text, list)
        node.arguments.forEach(visit)
        return
      }
      if (ts.isIdentifier(node)) {
        const parent = node.parent
        const declared = (ts.isFunctionDeclaration(parent) || ts.isVariableDeclaration(parent)) && parent.name === node
        const member = ts.isPropertyAccessExpression(parent) && parent.name === node
        if (!declared && !member) escaped.add(node.text)
        return
      }
      if ((ts.isFunctionDeclaration(node) || ts.isVariableStatement(node)) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        if (ts.isFunctionDeclaration(node) && node.name !== undefined) escaped.add(node.name.text)
        if (ts.isVariableStatement(node)) for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) escaped.add(d.name.text)
      }
      if (ts.isExportAssignment(node) || ts.isExportDeclaration(node)) {
        node.forEachChild(function mark(n: TS.Node): void {
          if (ts.isIdentifier(n)) escaped.add(n.text)
          n.forEachChild(mark)
        })
        return
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
    const out = { calls, escaped }
    this.callSites.set(sf, out)
    return out
  }

  /**
   * The names a block's statements bind, each with the one initializer it is declared with, or null
   * when bound otherwise (an import, a function, a destructuring) or more than once. Built once per
   * block: every identifier resolved in it asks the same block.
   */
  private bindingsOf(block: TS.Node & { readonly statements: TS.NodeArray<TS.Statement> }): Map<string, TS.Expression | null> {
    const cached = this.scopes.get(block)
    if (cached !== undefined) return cached
    const ts = this.ts
    const map = new Map<string, TS.Expression | null>()
    /** How many times each name is bound in the block. */
    const times = new Map<string, number>()
    const bind = (name: string, init: TS.Expression | null): void => {
      map.set(name, map.has(name) ? null : init)
      times.set(name, (times.get(name) ?? 0) + 1)
    }
    for (const st of block.statements) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (ts.isIdentifier(d.name)) bind(d.name.text, d.initializer ?? null)
          else for (const n of this.namesIn(d.name)) bind(n, null)
          // CommonJS: `const cfg = require('./cfg')` (a namespace), `const { baseParams } = require('./cfg')`
          const from = d.initializer === undefined ? undefined : this.requiredModule(d.initializer)
          if (from === undefined) continue
          let own = this.imports.get(block)
          if (own === undefined) this.imports.set(block, (own = new Map()))
          if (ts.isIdentifier(d.name)) own.set(d.name.text, { specifier: from, name: '*' })
          else if (ts.isObjectBindingPattern(d.name))
            for (const el of d.name.elements) if (ts.isIdentifier(el.name) && el.dotDotDotToken === undefined) own.set(el.name.text, { specifier: from, name: el.propertyName !== undefined && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text })
        }
      } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && st.name !== undefined) bind(st.name.text, null)
      else if (ts.isImportDeclaration(st) && st.importClause !== undefined) {
        const c = st.importClause
        const specifier = ts.isStringLiteral(st.moduleSpecifier) && !c.isTypeOnly ? st.moduleSpecifier.text : undefined
        const importBinding = (local: string, name: string): void => {
          bind(local, null)
          if (specifier === undefined) return
          let own = this.imports.get(block)
          if (own === undefined) this.imports.set(block, (own = new Map()))
          own.set(local, { specifier, name })
        }
        if (c.name !== undefined) importBinding(c.name.text, 'default')
        const nb = c.namedBindings
        if (nb !== undefined) {
          if (ts.isNamespaceImport(nb)) importBinding(nb.name.text, '*')
          else for (const e of nb.elements) if (!e.isTypeOnly) importBinding(e.name.text, (e.propertyName ?? e.name).text)
        }
      }
    }
    // a name bound twice (an import and a declaration) is no import's
    const own = this.imports.get(block)
    if (own !== undefined) for (const [local] of own) if ((times.get(local) ?? 0) > 1) own.delete(local)
    this.scopes.set(block, map)
    return map
  }

  /** The module a `require('...')` call names (with a string literal). */
  private requiredModule(init: TS.Expression): string | undefined {
    const e = this.unwrap(init)
    if (!this.ts.isCallExpression(e) || !this.ts.isIdentifier(e.expression) || e.expression.text !== 'require') return undefined
    const arg = e.arguments[0]
    return arg !== undefined && this.ts.isStringLiteralLike(arg) ? arg.text : undefined
  }

  /** The names a destructuring pattern binds. */
  private namesIn(b: TS.BindingName): string[] {
    if (this.ts.isIdentifier(b)) return [b.text]
    return b.elements.flatMap((el) => (this.ts.isOmittedExpression(el) ? [] : this.namesIn(el.name)))
  }

  /** The binding name or pattern binds `name`. */
  private binds(b: TS.BindingName, name: string): boolean {
    if (this.ts.isIdentifier(b)) return b.text === name
    for (const el of b.elements) if (!this.ts.isOmittedExpression(el) && this.binds(el.name, name)) return true
    return false
  }

  /** The single initializer an identifier refers to where it is used, when known. */
  resolveIdentifier(expr: TS.Expression): TS.Expression | undefined {
    const e = this.unwrap(expr)
    if (!this.ts.isIdentifier(e)) return e
    const found = this.lookup(e)
    return found === undefined ? undefined : this.unwrap(found.init)
  }

  /** Static text of a string-ish expression (template holes become `${}`), or undefined. */
  stringOf(expr: TS.Expression, depth = 0): string | undefined {
    const ts = this.ts
    if (depth > 4) return undefined
    const e = this.unwrap(expr)
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text
    // a hole resolves when its value is known (`${AAI_BASE}/transcript` with `const AAI_BASE = '...'`)
    if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => `${this.stringOf(s.expression, depth + 1) ?? '${}'}${s.literal.text}`).join('')
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = this.stringOf(e.left, depth + 1) ?? '${}'
      const r = this.stringOf(e.right, depth + 1) ?? '${}'
      return l + r
    }
    if (ts.isIdentifier(e)) {
      const r = this.resolveIdentifier(e)
      return r && r !== e ? this.stringOf(r, depth + 1) : undefined
    }
    if (ts.isPropertyAccessExpression(e)) {
      const v = this.memberValue(e, depth)
      return v === undefined ? undefined : this.stringOf(v, depth + 1)
    }
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.[0]) {
      const path = this.stringOf(e.arguments[0], depth + 1)
      const base = e.arguments[1] ? (this.stringOf(e.arguments[1], depth + 1) ?? '${}') : ''
      return path === undefined ? undefined : base + path
    }
    return undefined
  }

  numberOf(expr: TS.Expression, depth = 0): number | undefined {
    const ts = this.ts
    if (depth > 4) return undefined
    const e = this.unwrap(expr)
    if (ts.isNumericLiteral(e)) return Number(e.text.replace(/_/g, ''))
    if (ts.isBinaryExpression(e)) {
      const l = this.numberOf(e.left, depth + 1)
      const r = this.numberOf(e.right, depth + 1)
      if (l === undefined || r === undefined) return undefined
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.AsteriskToken:
          return l * r
        case ts.SyntaxKind.PlusToken:
          return l + r
        case ts.SyntaxKind.MinusToken:
          return l - r
        default:
          return undefined
      }
    }
    const held = this.scalarSource(e, depth)
    return held === undefined ? undefined : this.numberOf(held, depth + 1)
  }

  /**
   * The expression a name or a member holds, for reading a number or a boolean through it: a
   * constant's, a called-once function's argument's or a parameter's default (`function mint(ttl =
   * 3600)`: what a call without one gets), a known object's member or an enum member's initializer.
   */
  private scalarSource(e: TS.Expression, depth: number): TS.Expression | undefined {
    if (this.ts.isIdentifier(e)) return this.lookup(e, true)?.init
    if (this.ts.isPropertyAccessExpression(e)) return this.memberValue(e, depth)
    return undefined
  }

  booleanOf(expr: TS.Expression, depth = 0): boolean | undefined {
    const ts = this.ts
    if (depth > 4) return undefined
    const e = this.unwrap(expr)
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false
    // `!KEEP`, `!0`
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      const inner = this.booleanOf(e.operand, depth + 1)
      return inner === undefined ? undefined : !inner
    }
    // `const KEEP_ORIGINAL = true` ... `redact_pii_return_unredacted: KEEP_ORIGINAL`
    const held = this.scalarSource(e, depth)
    return held === undefined ? undefined : this.booleanOf(held, depth + 1)
  }

  /** The properties of an object literal (or of the identifier naming one), spreads followed. */
  objectOf(expr: TS.Expression, depth = 0): ObjectShape | undefined {
    const ts = this.ts
    if (depth > 4) return undefined
    let e = this.unwrap(expr)
    let assigned: { name: string; scope: TS.Node } | undefined
    /** Where an imported object is used: what this file sets on it counts too. */
    let importedInto: TS.SourceFile | undefined
    if (ts.isIdentifier(e)) {
      const found = this.lookup(e)
      if (found === undefined) return undefined
      assigned = { name: e.text, scope: found.scope }
      if (found.scope.getSourceFile() !== e.getSourceFile()) importedInto = e.getSourceFile()
      e = this.unwrap(found.init)
      // a name holding another name (a parameter given a variable at its one call): that one's object,
      // with what is set on this name in its own scope
      if (ts.isIdentifier(e)) {
        const inner = this.objectOf(e, depth + 1)
        if (inner === undefined) return undefined
        const props = new Map(inner.props)
        for (const [k, v] of this.memberAssignments(assigned.name, assigned.scope)) props.set(k, v)
        return { props, complete: inner.complete }
      }
    }
    // `Object.assign({}, cfg.summaryDefaults, { audio, redact_pii: true })`: the objects merged, later ones winning
    if (ts.isCallExpression(e) && this.calleeName(e.expression) === 'assign' && ts.isPropertyAccessExpression(this.unwrap(e.expression)) && this.unwrap((this.unwrap(e.expression) as TS.PropertyAccessExpression).expression).getText() === 'Object') {
      const props = new Map<string, TS.Expression>()
      let complete = true
      for (const arg of e.arguments) {
        const shape = ts.isSpreadElement(arg) ? undefined : this.objectOf(arg, depth + 1)
        if (shape === undefined) {
          complete = false
          continue
        }
        for (const [k, v] of shape.props) props.set(k, v)
        if (!shape.complete) complete = false
      }
      return { props, complete }
    }
    // `transcribe(buildParams(url))`: what a function of this file returns, when it returns one object
    // (its parameters read as this call's arguments, or their defaults: `buildParams(url, { redact_pii: false })`
    // into `return { ...DEFAULTS, ...overrides, audio_url }`)
    if (ts.isCallExpression(e)) {
      const callee = this.unwrap(e.expression)
      const fn = ts.isIdentifier(callee) ? this.calledFunction(callee) : this.thisMethod(callee)
      const returned = this.returnOf(fn)
      if (fn === undefined || returned === undefined) return undefined
      const bound: TS.ParameterDeclaration[] = []
      fn.parameters.forEach((p, i) => {
        const arg = e.arguments[i]
        const value = arg !== undefined && !ts.isSpreadElement(arg) ? arg : arg === undefined ? p.initializer : undefined
        if (value === undefined || p.dotDotDotToken !== undefined || this.callBindings.has(p)) return
        this.callBindings.set(p, value)
        bound.push(p)
      })
      try {
        return this.objectOf(returned, depth + 1)
      } finally {
        for (const p of bound) this.callBindings.delete(p)
      }
    }
    // `aaiConfig.baseParams`, `CONFIG.transcription`: a member known statically
    if (ts.isPropertyAccessExpression(e) && assigned === undefined) {
      const v = this.memberValue(e, depth)
      return v === undefined ? undefined : this.objectOf(v, depth + 1)
    }
    if (!ts.isObjectLiteralExpression(e)) return undefined
    const props = new Map<string, TS.Expression>()
    let complete = true
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = this.propName(p.name)
        if (key === undefined) complete = false
        else props.set(key, p.initializer)
      } else if (ts.isShorthandPropertyAssignment(p)) {
        props.set(p.name.text, p.name)
      } else if (ts.isSpreadAssignment(p) && this.optionalSpread(p.expression, props, depth)) {
        // `...(lang ? { language_code: lang } : {})`, `...(debug && { speaker_labels: true })`: its keys may be there
      } else if (ts.isSpreadAssignment(p)) {
        const inner = this.objectOf(p.expression, depth + 1)
        if (inner === undefined) complete = false
        else {
          for (const [k, v] of inner.props) props.set(k, v)
          if (!inner.complete) complete = false
        }
      } else if (ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p)) {
        const key = this.propName(p.name)
        if (key === undefined) complete = false
      }
    }
    // `params.redact_pii = true` after the declaration, in the scope that declares it
    if (assigned !== undefined) for (const [k, v] of this.memberAssignments(assigned.name, assigned.scope)) props.set(k, v)
    if (assigned !== undefined && importedInto !== undefined) for (const [k, v] of this.memberAssignments(assigned.name, importedInto)) props.set(k, v)
    return { props, complete }
  }

  /**
   * A spread whose object depends on a condition: each key of either side is set to the condition
   * (a value not known). False when it is no such spread, or a side is not a known object.
   */
  private optionalSpread(expr: TS.Expression, props: Map<string, TS.Expression>, depth: number): boolean {
    const ts = this.ts
    const e = this.unwrap(expr)
    let sides: TS.Expression[]
    if (ts.isConditionalExpression(e)) sides = [e.whenTrue, e.whenFalse]
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) sides = [e.right]
    else return false
    const shapes = sides.map((side) => this.objectOf(side, depth + 1))
    if (shapes.some((shape) => shape === undefined || !shape.complete)) return false
    for (const shape of shapes) for (const k of (shape as ObjectShape).props.keys()) props.set(k, e)
    return true
  }

  /**
   * The expression a function returns, when it has one return (an arrow's expression body, or a single
   * `return` among the body's statements): `function build(url) { return {...} }`.
   */
  private returnOf(fn: TS.FunctionLikeDeclaration | undefined): TS.Expression | undefined {
    const body = fn?.body
    if (body === undefined) return undefined
    if (!this.ts.isBlock(body)) return body
    const returns = body.statements.filter((st): st is TS.ReturnStatement => this.ts.isReturnStatement(st))
    return returns.length === 1 ? returns[0]?.expression : undefined
  }

  /**
   * The method `this.name(...)` calls in the class around the call: a method, or a property holding an
   * arrow function (`private baseParams() { return {...} }`).
   */
  private thisMethod(callee: TS.Expression): TS.FunctionLikeDeclaration | undefined {
    const ts = this.ts
    if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined
    let cls: TS.Node | undefined = callee.parent
    while (cls !== undefined && !ts.isClassDeclaration(cls) && !ts.isClassExpression(cls)) cls = cls.parent
    if (cls === undefined) return undefined
    const name = callee.name.text
    for (const member of (cls as TS.ClassLikeDeclaration).members) {
      if (member.name === undefined || this.propName(member.name) !== name) continue
      if (ts.isMethodDeclaration(member)) return member
      if (ts.isPropertyDeclaration(member) && member.initializer !== undefined && (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer))) return member.initializer
    }
    return undefined
  }

  /** The function a name calls: a constant holding one, a declaration in a block around it, or one imported from the app's modules. */
  private calledFunction(id: TS.Identifier): TS.FunctionLikeDeclaration | undefined {
    const ts = this.ts
    let fn: TS.FunctionLikeDeclaration | undefined
    const found = this.lookup(id)
    if (found !== undefined) {
      if (ts.isArrowFunction(found.init) || ts.isFunctionExpression(found.init)) fn = found.init
    } else {
      // a function declaration in the nearest block that declares the name
      for (let node: TS.Node | undefined = id.parent; node !== undefined && fn === undefined; node = node.parent) {
        if (ts.isFunctionLike(node) && node.parameters.some((p) => this.binds(p.name, id.text))) return undefined
        if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) {
          const decls = node.statements.filter((st): st is TS.FunctionDeclaration => ts.isFunctionDeclaration(st) && st.name?.text === id.text && st.body !== undefined)
          if (decls.length > 1) return undefined
          fn = decls[0]
          if (fn === undefined && this.bindingsOf(node).has(id.text)) {
            // `import { buildParams } from './params'`: that module's function
            const imported = this.importedDeclaration(node, id.text)
            if (imported === undefined || !ts.isFunctionDeclaration(imported)) return undefined
            fn = imported
          }
        }
      }
    }
    return fn
  }

  private memberAssignments(name: string, scope: TS.Node): Map<string, TS.Expression> {
    const ts = this.ts
    const out = new Map<string, TS.Expression>()
    const visit = (node: TS.Node): void => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) &&
        ts.isIdentifier(node.left.expression) &&
        node.left.expression.text === name
      )
        out.set(node.left.name.text, node.right)
      ts.forEachChild(node, visit)
    }
    visit(scope)
    return out
  }

  propName(name: TS.PropertyName): string | undefined {
    const ts = this.ts
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text
    if (ts.isComputedPropertyName(name)) return this.stringOf(name.expression)
    return undefined
  }

  /** Last name of a callee: `a.b.transcribe` -> `transcribe`, `fetch` -> `fetch`. */
  calleeName(expr: TS.Expression): string | undefined {
    const e = this.unwrap(expr)
    if (this.ts.isIdentifier(e)) return e.text
    if (this.ts.isPropertyAccessExpression(e)) return e.name.text
    if (this.ts.isElementAccessExpression(e)) return this.stringOf(e.argumentExpression)
    return undefined
  }

  /** Name of the receiver of a method call: `client.transcripts.create` -> `transcripts`. */
  receiverName(expr: TS.Expression): string | undefined {
    const ts = this.ts
    const e = this.unwrap(expr)
    if (!ts.isPropertyAccessExpression(e) && !ts.isElementAccessExpression(e)) return undefined
    // `const t = client.transcripts; t.submit(...)`: the member the alias was taken from
    const target = this.unwrap(e.expression)
    if (ts.isIdentifier(target)) {
      const r = this.resolveIdentifier(target)
      if (r !== undefined && (ts.isPropertyAccessExpression(r) || ts.isElementAccessExpression(r))) return this.calleeName(r)
    }
    return this.calleeName(e.expression)
  }
}

/** `Object.freeze` (or `Object.seal`): a call that hands back the object it is given. */
function isObjectFreeze(ts: typeof TS, callee: TS.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && (callee.name.text === 'freeze' || callee.name.text === 'seal')
}
