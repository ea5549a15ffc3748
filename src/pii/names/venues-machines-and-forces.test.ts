import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe("venues' rooms, named machines and police forces (blind sets CR, CS, CT)", () => {
  it("a venue's room, suite or playhouse named after someone is a place", () => {
    expect(names('Guest list - Attlee Room, Sat 21 June')).toEqual([])
    expect(names('Lunch is in the Seve Ballesteros Suite on day two.')).toEqual([])
    expect(names('The Sam Wanamaker Playhouse is closed on the 3rd.')).toEqual([])
  })

  it('sites named with a word between, alone or as a pair', () => {
    expect(names('Book the Austin conference room for noon.')).toEqual([])
    expect(names('The Ford and Ferrari meeting rooms are double-booked.')).toEqual([])
    expect(names("I'll see Maria and Tom at the office.")).toEqual(['Maria', 'Tom'])
  })

  it('what a machine or a thing is called is no person; a person called so is', () => {
    expect(names("the server's called darwin and it keeps throwing errors")).toEqual([])
    expect(names('The box called Kevin is at 98% on /data.')).toEqual([])
    expect(names('An AP named Gandalf went offline at 02:13.')).toEqual([])
    expect(names('I met a guy called Tom at the depot.')).toEqual(['Tom'])
    expect(names('A user called Priya Shah reported it.')).toEqual(['Priya Shah'])
    expect(names('a user named ngozi okafor opened the ticket')).toEqual(['ngozi okafor'])
    expect(names('a server named hopper went down')).toEqual([])
  })

  it('police forces and sheriff\'s offices', () => {
    expect(names('West Yorkshire Police will be in touch.')).toEqual([])
    expect(names("Jacksonville Sheriff's Office reports the road has cleared.")).toEqual([])
    // ... while a sheriff named is a person (the rank, no title of the lists, stays in the span)
    expect(names('I spoke to Sheriff Brown this morning.')).toEqual(['Sheriff Brown'])
  })
})
