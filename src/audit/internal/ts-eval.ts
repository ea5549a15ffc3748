/**
 * Small static evaluators over TypeScript AST nodes: strings, numbers, booleans and object literals
 * (with spreads and identifiers resolved inside the same file). Anything not statically known is
 * `undefined`, and the code rules then stay silent rather than guess.
 *
 * @module
 */
import type * as TS from 'typescript'

export interface ObjectShape {
  readonly props: Map<string, TS.Expression>
  /** False when a spread or computed key could add properties we cannot see. */
  readonly complete: boolean
}

export class TsEval {
  private declCache: Map<string, TS.Expression[]> | undefined

  private readonly ts: typeof TS
  private readonly sf: TS.SourceFile

  constructor(ts: typeof TS, sf: TS.SourceFile) {
    this.ts = ts
    this.sf = sf
  }

  unwrap(expr: TS.Expression): TS.Expression {
    const ts = this.ts
    let e = expr
    while (
      ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isSatisfiesExpression(e) ||
      ts.isTypeAssertionExpression(e) ||
      ts.isNonNullExpression(e)
    )
      e = e.expression
    return e
  }

  /** Initializers of `const/let/var name = …` in this file. */
  declarations(name: string): TS.Expression[] {
    if (this.declCache === undefined) {
      const map = new Map<string, TS.Expression[]>()
      const ts = this.ts
      const visit = (node: TS.Node): void => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
          const list = map.get(node.name.text) ?? []
          list.push(node.initializer)
          map.set(node.name.text, list)
        }
        ts.forEachChild(node, visit)
      }
      visit(this.sf)
      this.declCache = map
    }
    return this.declCache.get(name) ?? []
  }

  /** The single initializer an identifier refers to, when unambiguous. */
  resolveIdentifier(expr: TS.Expression): TS.Expression | undefined {
    const e = this.unwrap(expr)
    if (!this.ts.isIdentifier(e)) return e
    const decls = this.declarations(e.text)
    return decls.length === 1 ? this.unwrap(decls[0] as TS.Expression) : undefined
  }

  /** Static text of a string-ish expression (template holes become `${}`), or undefined. */
  stringOf(expr: TS.Expression, depth = 0): string | undefined {
    const ts = this.ts
    if (depth > 4) return undefined
    const e = this.unwrap(expr)
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text
    if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => `\${}${s.literal.text}`).join('')
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = this.stringOf(e.left, depth + 1) ?? '${}'
      const r = this.stringOf(e.right, depth + 1) ?? '${}'
      return l + r
    }
    if (ts.isIdentifier(e)) {
      const r = this.resolveIdentifier(e)
      return r && r !== e ? this.stringOf(r, depth + 1) : undefined
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
    if (ts.isIdentifier(e)) {
      const r = this.resolveIdentifier(e)
      return r && r !== e ? this.numberOf(r, depth + 1) : undefined
    }
    return undefined
  }

  booleanOf(expr: TS.Expression): boolean | undefined {
    const e = this.unwrap(expr)
    if (e.kind === this.ts.SyntaxKind.TrueKeyword) return true
    if (e.kind === this.ts.SyntaxKind.FalseKeyword) return false
    return undefined
  }

  /** The properties of an object literal (or of the identifier naming one), spreads followed. */
  objectOf(expr: TS.Expression, depth = 0): ObjectShape | undefined {
    const ts = this.ts
    if (depth > 4) return undefined
    let e = this.unwrap(expr)
    let name: string | undefined
    if (ts.isIdentifier(e)) {
      name = e.text
      const r = this.resolveIdentifier(e)
      if (r === undefined || r === e) return undefined
      e = r
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
    // `params.redact_pii = true` after the declaration
    if (name !== undefined) for (const [k, v] of this.memberAssignments(name)) props.set(k, v)
    return { props, complete }
  }

  private memberAssignments(name: string): Map<string, TS.Expression> {
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
    visit(this.sf)
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
    const e = this.unwrap(expr)
    if (!this.ts.isPropertyAccessExpression(e) && !this.ts.isElementAccessExpression(e)) return undefined
    return this.calleeName(e.expression)
  }
}
