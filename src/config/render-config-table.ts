/**
 * Renders the README's configuration table from the zod schema and the env-variable table, so the
 * documentation can never drift from what the code accepts.
 *
 * @module
 */
import { z } from 'zod'
import { ConfigSchema } from './config-schema.js'
import { ENV_BINDINGS } from './env-map.js'

export function renderConfigTable(): string {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input' }) as JsonSchemaNode
  const rows = ENV_BINDINGS.map((binding) => {
    const node = lookup(schema, binding.path)
    const def = node?.default === undefined ? '' : `\`${String(node.default)}\``
    const secret = binding.secret ? ' (or `' + binding.name + '_FILE`)' : ''
    const description = (node?.description ?? '').replace(/\|/g, '\\|')
    return `| \`${binding.name}\`${secret} | ${description} | ${def} |`
  })
  return ['| Variable | Meaning | Default |', '| --- | --- | --- |', ...rows, ''].join('\n')
}

interface JsonSchemaNode {
  description?: string
  default?: unknown
  properties?: Record<string, JsonSchemaNode>
  anyOf?: JsonSchemaNode[]
}

function lookup(root: JsonSchemaNode, dotted: string): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = root
  for (const key of dotted.split('.')) {
    node = node?.properties?.[key]
  }
  return node
}
