/**
 * Duration flags: `90s`, `15m` (minutes), `12h`, `30d`, `2w` or a bare number of days. Returns days
 * (fractional below a day); throws a ValidationError naming the flag on anything else.
 *
 * @module
 */
import { ValidationError } from '../errors.js'

const UNIT_DAYS: Record<string, number> = { s: 1 / 86_400, m: 1 / 1440, h: 1 / 24, d: 1, w: 7 }

export function parseDuration(text: string, field = '--older-than'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text)
  const amount = m ? Number(m[1]) : Number.NaN
  const unit = UNIT_DAYS[m?.[2] || 'd']
  if (!m || unit === undefined || !Number.isFinite(amount) || amount <= 0 || amount > 36500) {
    throw new ValidationError(`${field} must be a positive duration like 30d, 12h or 2w (got "${text}")`, { field })
  }
  return amount * unit
}
