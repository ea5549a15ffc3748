import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderConfigTable } from '../../src/config/render-config-table.js'

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')

describe('README', () => {
  it('carries the configuration table generated from the schema, unchanged', () => {
    const start = readme.indexOf('<!-- config-table:start -->\n')
    const end = readme.indexOf('<!-- config-table:end -->')
    expect(start).toBeGreaterThan(0)
    expect(readme.slice(start + '<!-- config-table:start -->\n'.length, end)).toBe(renderConfigTable())
  })

  it('gives the two commands: install+start and install+test', () => {
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
  })
})
