import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const codes = (text: string): string[] => found(text).filter(([type]) => type === 'account_number').map(([, value]) => value)

describe("a record's code written right after a person's name", () => {
  it('rosters, signatures and exports: the number next to the name is the person\'s', () => {
    expect(found('Tenants: 1. Oliver Brennan, UoB 3318420, guarantor: Susan Brennan')).toEqual([
      ['person_name', 'Oliver Brennan'],
      ['account_number', '3318420'],
      ['person_name', 'Susan Brennan'],
    ])
    expect(codes('My card was declined again, please help.\nAhmet Kaya, 271846093')).toEqual(['271846093'])
    expect(codes('Crew list\nM. Santos (QX55120) – CPT\nR. Dela Cruz (QX58214) – FO')).toEqual(['QX55120', 'QX58214'])
    expect(codes('Yard roster, week 12\nGareth Pryce - KJ553107 forklift\nPeter Hale - KJ553912 reach truck')).toEqual(['KJ553107', 'KJ553912'])
    expect(codes('Nombre;Documento;Correo\nRosa Mamani Apaza;52740193;rosa.m@example.com')).toEqual(['52740193'])
    expect(codes('Accommodations for Priya Raman (ID T04471829): extra time.')).toEqual(['T04471829'])
  })

  it('not a code a tag names as something else, nor an amount, a date, a count or a postcode', () => {
    expect(codes('Refill for Frank Delgado, Rx 6618302, due Friday')).toEqual([])
    expect(codes('Called Helen Marsh, ref 5531902, about the leak')).toEqual([])
    expect(codes('Paid to Grace Okafor, 125000.00 on Monday')).toEqual([])
    expect(codes('Signed by Tom Ellery, 14/03/2024')).toEqual([])
    expect(codes('Bought from Dale Hutchins, 150000 miles on the clock')).toEqual([])
    expect(codes('Post it to Anna Weber, 10115 Berlin')).toEqual([])
    expect(codes('Send it to Mark Ruiz, TX 75013')).toEqual([])
    expect(codes('Parcel for Sean Doyle (EE440975899IN) is held')).toEqual([])
    // ... nor a cell under a column naming a count or a record
    expect(codes('name,km,status\nLena Fischer,18007,available')).toEqual([])
  })
})
