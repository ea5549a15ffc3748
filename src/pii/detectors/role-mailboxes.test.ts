import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { isRoleMailbox } from './role-mailboxes.js'

const engine = createPiiEngine({ nameDetector: null })
const emails = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'email_address').map((f) => text.slice(f.start, f.end))

describe("an organisation's role mailboxes are no one's personal data", () => {
  it('leaves the mailboxes of functions, written, spoken or URL-encoded', () => {
    expect(emails('Queries: accounts@hillcrestprep.co.za or call the office.')).toEqual([])
    expect(emails('Please do not reply: noreply@myclinicportal.com.au sends these automatically; write to no-reply@x.org? no.')).toEqual([])
    expect(emails('you can email billing at tinytots dot com dot au and they will sort it')).toEqual([])
    expect(emails('Send the form to visa.support@alsafar.ae or payroll.canada@northwind.ca')).toEqual([])
    expect(emails('Contact customerservice@acme.com, helpdesk@uni.ac.uk or the salesteam@acme.com inbox')).toEqual([])
    expect(emails('Bins: wasteenquiries@wealden.gov.uk; fees: studentfinance@nottingham.ac.uk')).toEqual([])
    expect(emails('GET /unsubscribe?email=support%40acme.co.uk')).toEqual([])
    expect(emails('Questions: carrier.relations@summitbrokerage.com; complaints: reklamacje@transkom.pl')).toEqual([])
    expect(emails('Escribe a pedidos@ferreteria.mx o logistica@depozitulnord.ro')).toEqual([])
    expect(emails('Contact: sales.north@mindray-dealer.com; pre-auth: preauth@paramounttpa.com')).toEqual([])
  })

  it("still finds a person's address, even beside a role word or at a free mail provider", () => {
    expect(emails('Reach me at jane.doe@acme.com, not support@acme.com')).toEqual(['jane.doe@acme.com'])
    expect(emails('her desk address is m.zielinski.support@firm.pl')).toEqual(['m.zielinski.support@firm.pl'])
    expect(emails('mail jo.support@example.org or billing.jsmith@example.org')).toEqual(['jo.support@example.org', 'billing.jsmith@example.org'])
    expect(emails('The scammer wrote from ubr.security.team2024@gmail.com')).toEqual(['ubr.security.team2024@gmail.com'])
    expect(emails('his old one was help@live.co.uk and now info@icloud.com')).toEqual(['help@live.co.uk', 'info@icloud.com'])
    expect(emails('my email is marysupport@acme.com')).toEqual(['marysupport@acme.com'])
    expect(emails('write to mark.carrier@acme.com')).toEqual(['mark.carrier@acme.com'])
  })
})

describe('isRoleMailbox', () => {
  it('takes role words, joined units, everyday words before a role word and short qualifiers', () => {
    for (const local of ['info', 'support', 'no-reply', 'do-not-reply', 'hr', 'press', 'support.uk', 'billing2', 'itsupport', 'newclaims', 'kundenservice', 'bankruptcy', 'housing.repairs', 'correspondence']) {
      expect([local, isRoleMailbox(local, 'acme.com')]).toEqual([local, true])
    }
  })

  it('refuses names, initials that are names, unknown words and free mail providers', () => {
    for (const local of ['jane', 'jsmith', 'jo.info', 'info.sarah', 'patelsupport', 'a.b.c.d.e', 'brown', 'rose', 'hunter', 'price.list']) {
      expect([local, isRoleMailbox(local, 'acme.com')]).toEqual([local, false])
    }
    expect(isRoleMailbox('support', 'gmail.com')).toBe(false)
    expect(isRoleMailbox('support', 'yahoo.co.uk')).toBe(false)
    expect(isRoleMailbox('support', 'mail.acme.com')).toBe(true)
  })
})
