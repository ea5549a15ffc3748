import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('names in the places conversations keep for their authors (blind set BJ)', () => {
  it("a chat line's author after its timestamp, whatever the name", () => {
    expect(names('[12:46] Malte: Kunde Sönke Albers hat IBAN durchgegeben.')).toEqual(['Malte', 'Sönke Albers'])
    expect(names('[17/11/2024, 15:26] Njeri Mwangi: the ES customer typed it into the widget')).toEqual(['Njeri Mwangi'])
    // roles, systems and a given name that is an everyday word alone are no authors' names
    expect(names('[09:14] Bot: the export is ready\n[09:15] Kunde: danke\n[09:16] Will: thanks')).toEqual([])
  })

  it("a copied chat message's header line, and an author with where and when in brackets", () => {
    expect(names('Katja Reinholz  11:14 AM\nKönnen wir die Transkription neu laufen lassen?')).toEqual(['Katja Reinholz'])
    expect(names('Nur Aisyah binte Rahman (Teams, 1:45 PM): caller mentioned she is moving')).toEqual(['Nur Aisyah binte Rahman'])
    // an agenda's lines are no headers: one English word (also a surname), or one unknown word, before a time
    expect(names('Standup 9:30\nLunch 12:30\nRetro 16:00')).toEqual([])
  })

  it("a WebVTT cue's voice, unless it names a role", () => {
    expect(names('WEBVTT\n\n00:38:00.576 --> 00:38:04.219\n<v Lovely Manalastas>I can send the documents, thanks.')).toEqual(['Lovely Manalastas'])
    expect(names('00:46:18.196 --> 00:46:21.707\n<v Speaker B>The branch closes at 5:30.\n<v Interviewer>Thanks.')).toEqual([])
  })
})

describe("a message's sign-off (blind set BM)", () => {
  it('the writer after a closing or a dash at the end of a line', () => {
    expect(names('Hi Ondřej, could you pay your share? Thanks! Radek')).toEqual(['Ondřej', 'Radek'])
    expect(names("New number! It's now +98 912 493 1043 — Farhad")).toEqual(['Farhad'])
    expect(names('Thanks! We\'ve updated it.\nKind regards,\nCustomer Care\nThanks, Support Team')).toEqual([])
    // a closing word inside a sentence is no sign-off
    expect(names('We love Zalando\nThis is the best Toyota\nI really love Dunedin')).toEqual([])
  })

  it('a closing on its own line, then the writer; a given name that is an everyday word too (blind set CY)', () => {
    expect(names("I saw it in your last email, I've deleted it.\nBest,\nMark")).toEqual(['Mark'])
    expect(names('Sorted, thanks.\nCheers, Will')).toEqual(['Will'])
    // a team or a closing word is still no one
    expect(names('Cheers,\nTeam\nBest, Regards')).toEqual([])
  })

})
