import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('contacts, police ranks, booking parties and firms of families (blind sets CR-CU)', () => {
  it("a form's foreign label before a phone number or a code is no speaker", () => {
    expect(names('Nimi: Aino Virtanen\nPuhelin: +358 40 123 4567')).toEqual(['Aino Virtanen'])
    expect(names('Navn: Ola Nordmann\nMobil: +47 912 34 567')).toEqual(['Ola Nordmann'])
    expect(names('Mitglied: Jonas Weber\nMitgliedsnummer: FS-2211907')).toEqual(['Jonas Weber'])
    // ... a line of dialogue still has its speaker
    expect(names('Ubul: (laughs) What a wife.')).toEqual(['Ubul'])
  })

  it('given names of more cultures: Polish short forms, Finnish, Dutch, Tamil', () => {
    expect(names('Thanks, Kasia, see you tomorrow.')).toEqual(['Kasia'])
    expect(names('Guide: Katrin (English/German).')).toEqual(['Katrin'])
    expect(names('Ask Meenakshi or Pekka about the rota.')).toEqual(['Meenakshi', 'Pekka'])
  })

  it('someone reached on a number, or owning a mobile, in lower-case speech', () => {
    expect(names('call vinh on 0903 123 456')).toEqual(['vinh'])
    expect(names('call thao on plus eight four nine one two three')).toEqual(['thao'])
    expect(names('please text ama at oh two four five five five')).toEqual(['ama'])
    expect(names("karthik's mobile is 98450 12345")).toEqual(['karthik'])
    // ... not a time, and not a day
    expect(names('can you call chen at nine')).toEqual([])
    expect(names('call jordan on monday')).toEqual([])
  })

  it('police and military ranks abbreviated before a surname', () => {
    expect(names('PCSO Davies will attend the meeting.')).toEqual(['Davies'])
    expect(names('Sgt. Brown is on duty tonight.')).toEqual(['Brown'])
    expect(names('Insp. Okoro called back.')).toEqual(['Okoro'])
    expect(names('Officer PC Patel is dealing with it.')).toEqual(['Patel'])
    expect(names('I bought a PC Specialist laptop.')).toEqual([])
  })

  it('a family word labelling a contact, without the word', () => {
    expect(names('Mom Jiyeon 416-555-0199')).toEqual(['Jiyeon'])
    expect(names('Emergency contact: dad Priya 07700 900123')).toEqual(['Priya'])
    // ... an owner before it: the relation's own rule takes the whole name
    expect(names("it's for my dad jose santos his birthday is next week")).toEqual(['jose santos'])
  })

  it("a booking's party or a table's family by surname; a political party is none", () => {
    expect(names('Add table 9 to the late sitting for the Rossi party, 4 covers.')).toEqual(['Rossi'])
    expect(names('T2: Okafor family\nT3: University friends')).toEqual(['Okafor'])
    expect(names('Vote for the Green party or the Labour party.')).toEqual([])
  })

  it("firms named for a family or a founder's name with a firm's word", () => {
    expect(names('Speaker B: Lehman Brothers vibes. Speaker A: Not that bad.')).toEqual([])
    expect(names('It was the deck for Johnson Controls.')).toEqual([])
    expect(names('The Jefferson Health account wants SSO.')).toEqual([])
  })
})

describe('kin words, greetings, labels and teams of other languages (blind set CW)', () => {
  it('keeps grandparents\' kin words and aunties out of names', () => {
    expect(names("It's Abuela... no, sorry, it's Carmen, using Abuela's phone.")).toEqual(['Carmen'])
    expect(names("Amina, it's Khadija. Auntie Zara's new number is 0161 555 0834.")).toEqual(['Amina', 'Khadija', 'Zara'])
  })
  it('reads a greeting, a transfer\'s purpose label and an esports team as no one', () => {
    expect(names('Oi, Callum. Can you send me your passport number?')).toEqual(['Callum'])
    expect(names('Kontoinhaber: Jonas Weber\nVerwendungszweck: Rechnung 2025-03')).toEqual(['Jonas Weber'])
    expect(names('Next match: Saturday 6pm vs Nightjar Esports, match ID EUW1_6823401957.')).toEqual([])
  })
  it("reads agents' and students' roles, a letter's greeting and thanks in other languages as no one (blind set CZ)", () => {
    expect(names("Étudiant: Bonjour. Conseillère: Votre numéro INE? Étudiant: Je l'ai.")).toEqual([])
    expect(names('Sachbearbeiter: Danke, Frau Neumann. Und die Matrikelnummer?')).toEqual(['Neumann'])
    expect(names('Estimados señores:\nSolicito el cambio de titular.')).toEqual([])
    expect(names('Agent: Gerne, Herr Schulz.')).toEqual(['Schulz'])
    expect(names('I have been waiting three weeks.\nDiolch,\nGethin Pryce')).toEqual(['Gethin Pryce'])
    // a word of those languages before a name is no part of it, unless English has it too ("Air India" is a firm)
    expect(names('auf mein Konto, Kontoinhaber Jürgen Müller-Lüdenscheidt.\nMit freundlichen Grüßen\nJ. Müller-Lüdenscheidt')).toEqual(['Jürgen Müller-Lüdenscheidt', 'J. Müller-Lüdenscheidt'])
    expect(names('Thank you for calling Air India, my name is Priya')).toEqual(['Priya'])
  })
  it('a birth surname after "née", and two given names before a third word after an organisation\'s field (blind set DB)', () => {
    expect(names('Applicant 2: Priya Shah (née Joshi) – DOB 02/03/1990')).toEqual(['Priya Shah', 'Joshi'])
    expect(names('Camille Martin, née le 12/05/1988')).toEqual(['Camille Martin'])
    expect(names('Vendor: Margaret Anne Whitlock (deceased est.)')).toEqual(['Margaret Anne Whitlock'])
    expect(names('Retailer: John Lewis')).toEqual([])
  })
  it('a capitalised German noun after its article, and the article opening a sentence before one, are no names (blind set DA)', () => {
    expect(names('Die Grundsteuer-Hotline ist besetzt. Das Aktenzeichen beginnt mit 21.')).toEqual([])
    expect(names('Der Grundfreibetrag für 2025 liegt bei 12.096 Euro.')).toEqual([])
    // ("Das" is a surname too)
    expect(names('Das Gupta called about the lease')).toEqual(['Das Gupta'])
  })
})

describe("pets' form fields and degrees after a name (blind set CX)", () => {
  it("reads a pet's name and breed fields as no person", () => {
    expect(names('Policyholder: Mark Evans\nPet name: Winston\nBreed: Cocker Spaniel\nPolicy no.: PG-12345678')).toEqual(['Mark Evans'])
    expect(names('Name: Winston Evans')).toEqual(['Winston Evans'])
  })
  it('keeps degrees and memberships out of a name', () => {
    expect(names('--\nDr Imran Qureshi BVSc MRCVS\nGreenacres Veterinary Centre')).toEqual(['Imran Qureshi'])
  })
})

describe('honorifics of the Gulf, of Nigerian chieftaincy and of British peerage (session 38)', () => {
  it('make the word after them a name, as other titles do', () => {
    expect(names('Sheikh Hamdan called about his order')).toEqual(['Hamdan'])
    expect(names('Chief Okonkwo paid the deposit')).toEqual(['Okonkwo'])
    expect(names('Lady Ashworth phoned about the invoice')).toEqual(['Ashworth'])
    // (before an English word they are ordinary words)
    expect(names('the chief executive called, and the lady downstairs')).toEqual([])
    expect(names('our Chief Operating Officer signed it')).toEqual([])
  })
})
