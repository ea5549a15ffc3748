import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('a name given as the whole answer to a question that asked for it (blind set HX)', () => {
  it('is a name though no list holds its words', () => {
    expect(names('Agent: And your name?\nCaller: Hone Paki.\nAgent: Thanks.')).toEqual(['Hone Paki'])
    expect(names('Agent: And your name as it appears on the passport? Caller: Semi Nakarawa. Agent: Great.')).toEqual(['Semi Nakarawa'])
    expect(names("Agent: Your full name, please?\nCaller: Yes, it's Tupou Vainikolo.")).toEqual(['Tupou Vainikolo'])
  })

  it('not words an answer says instead, a title, or a thing\'s name', () => {
    expect(names('Agent: And your name?\nCaller: Same as before.')).toEqual([])
    expect(names('Agent: And your name?\nCaller: Yeah.')).toEqual([])
    expect(names('Agent: What is the name as it appears on the account? Is it your business? Caller: Waikato Holdings.')).toEqual([])
  })
})
