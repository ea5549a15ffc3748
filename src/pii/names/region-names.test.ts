import { describe, expect, it } from 'vitest'
import { isRegionName } from './region-names.js'

describe('region names', () => {
  it('knows countries in English from ICU, in any case, and not given names', () => {
    expect(isRegionName('Norway')).toBe(true)
    expect(isRegionName('new zealand')).toBe(true)
    expect(isRegionName('ESTONIA')).toBe(true)
    expect(isRegionName('Baptiste')).toBe(false)
    expect(isRegionName('Ximena')).toBe(false)
  })
})
