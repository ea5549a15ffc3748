import { describe, expect, it } from 'vitest'
import { PolicyError } from '../errors.js'
import { PII_POLICIES } from '../upstream/index.js'
import { defaultPolicy, loadPolicyFile, parsePolicy } from './load-policy.js'

describe('policy', () => {
  it('ships an example that validates, with the preset expanded', () => {
    const policy = loadPolicyFile('voxguard.policy.example.yaml')
    expect(policy.pii.redact).toBe(true)
    expect(policy.piiPolicies).toContain('person_name')
    expect(policy.piiPolicies).toContain('money_amount')
    expect(policy.content_safety.rules).toHaveLength(2)
    expect(Object.isFrozen(policy.tokens)).toBe(true)
    for (const name of policy.piiPolicies) expect(PII_POLICIES).toContain(name)
  })

  it('has safe defaults', () => {
    const policy = defaultPolicy()
    expect(policy.pii.redact).toBe(true)
    expect(policy.piiPolicies.length).toBeGreaterThan(10)
    expect(policy.content_safety.enabled).toBe(true)
    expect(policy.tokens.default_ttl_seconds).toBe(60)
    expect(policy.tokens.max_ttl_seconds).toBeLessThanOrEqual(600)
  })

  it('refuses unknown policy names, labels and keys with their paths', () => {
    try {
      parsePolicy(
        { pii: { policies: ['email_address', 'emial_address'] }, content_safety: { rules: [{ label: 'spam', action: 'block' }] }, tokns: {} },
        'p.yaml',
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError)
      const issues = (error as PolicyError).issues
      const paths = issues.map((i) => i.path)
      expect(paths).toContain('pii.policies[1]')
      expect(paths).toContain('content_safety.rules[0].label')
      expect(paths).toContain('(root)')
      expect(issues.find((i) => i.path === 'pii.policies[1]')?.message).toContain('emial_address')
    }
  })

  it('refuses token lifetimes above AssemblyAI limits and inconsistent defaults', () => {
    expect(() => parsePolicy({ pii: { preset: 'pci' }, tokens: { max_ttl_seconds: 601 } }, 'p')).toThrow(/tokens.max_ttl_seconds/)
    expect(() => parsePolicy({ pii: { preset: 'pci' }, tokens: { default_ttl_seconds: 400, max_ttl_seconds: 300 } }, 'p')).toThrow(
      /default_ttl_seconds/,
    )
  })

  it('refuses redaction without any policy name', () => {
    expect(() => parsePolicy({ pii: { redact: true } }, 'p')).toThrow(/pii.policies/)
    expect(parsePolicy({ pii: { redact: false } }, 'p').piiPolicies).toEqual([])
  })

  it('reports unreadable and malformed files in one line', () => {
    expect(() => loadPolicyFile('/nonexistent/policy.yaml')).toThrow(/cannot read \(ENOENT\)/)
    expect(() => loadPolicyFile('x.yaml', () => 'pii: [unclosed')).toThrow(/not valid YAML/)
    expect(() => loadPolicyFile('x.json', () => '{')).toThrow(/not valid JSON/)
  })
})
