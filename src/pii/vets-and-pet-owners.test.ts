import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('veterinary clinics and pet owners (blind set GT)', () => {
  it("a table's name columns after whose they are, not an animal's", () => {
    const csv = 'appt_id,date,client_last,client_first,phone,patient\nA-88123,2024-05-02,Tremblay,Josée,514-862-3307,Moka\nA-88124,2024-05-02,Okafor,Chidi,438-551-0926,Pistache'
    expect(names(csv)).toEqual(['Tremblay', 'Josée', 'Okafor', 'Chidi'])
    expect(names('id,pet_first,pet_last,breed\n7,Biscuit,Barker,beagle')).toEqual([])
  })

  it("a form's next field is no part of a name (an eponymous procedure is on the name's line)", () => {
    expect(names('Owner: Georgia Papas\nProcedure: dental under GA')).toEqual(['Georgia Papas'])
    expect(names('Client: Helen Papas\nScale: 4 of 5')).toEqual(['Helen Papas'])
    expect(names('booked for the Ivor Lewis oesophagectomy')).toEqual([])
  })

  it("a surname's initial closing a field", () => {
    expect(names('Dispensed by: Lisa M   Date: 3/7/24')).toEqual(['Lisa M'])
    expect(names('Carer: Tom B, visit at 9')).toEqual(['Tom B'])
    expect(names('Plan A, then plan B')).toEqual([])
  })

  it("a surname and its spelling after the name for a booking was asked", () => {
    expect(names('Speaker 1: So can I get the name for the booking?\nSpeaker 2: Beaumont. B-E-A-U-M-O-N-T.')).toEqual(['Beaumont', 'B-E-A-U-M-O-N-T'])
    // (a booking's code spelled out is none)
    expect(names('Agent: the booking code? Caller: yes A-B-C-D-E, ABCDE')).toEqual([])
  })

  it("an animal's name in quotes after its label or its kind", () => {
    expect(names('Horse: "Rosie" (ISH mare, 14y). Owner Emma Fairclough not present')).toEqual(['Emma Fairclough'])
    expect(names('my dog "Max" is sick')).toEqual([])
    expect(names('Customer: "Maria Lopez"')).toEqual(['Maria Lopez'])
  })
})

