import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("a person's user name after its label (blind set FJ)", () => {
  it('written, in forms and in logs', () => {
    expect(found('Caller: My username is deepagupt30 and the reset email should go to maricruz113@yahoo.com.')).toEqual([
      ['username', 'deepagupt30'],
      ['email_address', 'maricruz113@yahoo.com'],
    ])
    expect(found('username: trevor_broo47.')).toEqual([['username', 'trevor_broo47']])
    expect(found('Username deepagupt30')).toEqual([['username', 'deepagupt30']])
    expect(found('LOGIN_FAIL user=ramil.sori48 attempts=5')).toEqual([['username', 'ramil.sori48']])
    expect(found('my gamertag is Shadow_Fox_22')).toEqual([['username', 'Shadow_Fox_22']])
  })

  it('said, with its digits read apart', () => {
    expect(found('my user id is siobhantrem nine one but the password reset link never came')).toEqual([['username', 'siobhantrem nine one']])
  })

  it('not a word in its place, an address, a role or a bare "user"', () => {
    expect(found('my login is broken and the user id is wrong')).toEqual([])
    expect(found('Login: admin')).toEqual([])
    expect(found('the user is locked out since 9')).toEqual([])
    expect(found('the app handles v2.1 files')).toEqual([])
    expect(found('my username is jane.doe@gmail.com')).toEqual([['email_address', 'jane.doe@gmail.com']])
  })
})

describe('a word alone after the label and its verb, colon or `=`', () => {
  it('is the handle when English has no such word', () => {
    expect(found('Username: jsmith')).toEqual([['username', 'jsmith']])
    expect(found('Login: mwilliams')).toEqual([['username', 'mwilliams']])
    expect(found('my gamertag is shadowfox')).toEqual([['username', 'shadowfox']])
    expect(found('my user name is jenny')).toEqual([['username', 'jenny']])
    expect(found('user=jsmith action=login')).toEqual([['username', 'jsmith']])
  })

  it("is no handle when it is a word, an acronym or a product's capitalised name, or has no verb before it", () => {
    expect(found('The username is required')).toEqual([])
    expect(found('the username is case sensitive')).toEqual([])
    expect(found('login is SSO')).toEqual([])
    expect(found('Screen name: Okta')).toEqual([])
    expect(found('reset the username kbaxter asked about')).toEqual([])
  })
})

describe("a handle named by its platform, or mentioned with its '@' (blind sets FS, FT)", () => {
  it("after a site's or an app's name", () => {
    expect(found('Her GitHub is sreyes-ux if the panel wants to look at code.')).toEqual([['username', 'sreyes-ux']])
    expect(found("Speaker B: I'm on Slack as dkowalski, all lowercase.")).toEqual([['username', 'dkowalski']])
    expect(found('speaker b  yeah my linkedin is seun dash adeyemi dash data')).toEqual([['username', 'seun dash adeyemi dash data']])
    expect(found("um my slack is t underscore hargreaves  with two e's")).toEqual([['username', 't underscore hargreaves']])
    expect(found('LinkedIn handle seun-adeyemi-data. Strong SQL.')).toEqual([['username', 'seun-adeyemi-data']])
  })

  it('after "user" or a log-in\'s "for", a lower-case word English has not', () => {
    expect(found('failed login x14 for user mkowalczyk, blocked by WAF rule 9')).toEqual([['username', 'mkowalczyk']])
    expect(found('the user experience is worse for user onboarding')).toEqual([])
    expect(found('log in as user devtest flow, then for user kanban view')).toEqual([])
  })

  it("with its '@'", () => {
    expect(found("Venmo history for @Kayla-Brooks-3, payments to @RichieP_ATL labelled 'rent'")).toEqual([
      ['username', '@Kayla-Brooks-3'],
      ['username', '@RichieP_ATL'],
    ])
    expect(found("Guest: I'm @hanakoyamada on most platforms.")).toEqual([['username', '@hanakoyamada']])
  })

  it('with its "@" said as "at", and a word before a marked piece (blind set FS)', () => {
    expect(found("the instagram handle is at big underscore sully underscore eighty eight  that's his page")).toEqual([['username', 'big underscore sully underscore eighty eight']])
    expect(found('The Instagram account is at rich p underscore a t l.')).toEqual([['username', 'rich p underscore a t l']])
    expect(found('my login is at the office; the username is at the top; my xbox is 2023')).toEqual([])
  })

  it("not a platform's word in its place, a group's mention, an address, a package or code", () => {
    expect(found('my instagram is private and my github is broken')).toEqual([])
    expect(found('cut me some slack as usual')).toEqual([])
    expect(found('@here please review, @channel too')).toEqual([])
    expect(found('npm i @types/node and foo@latest; @media screen; @Injectable() class X; see @example.com')).toEqual([])
  })
})

describe('a handle given "as", set off by commas, after a longer qualifier, or with a pause (blind set FU)', () => {
  it('is read', () => {
    expect(found('IVR note: username given as jess_okoro88; reset link sent')).toEqual([['username', 'jess_okoro88']])
    expect(found('my login kwame.asante is locked out again')).toEqual([['username', 'kwame.asante']])
    expect(found('Your username, p silva eighty-eight, has been unlocked.')).toEqual([['username', 'p silva eighty-eight']])
    expect(found("The login for the kids' school portal is amit underscore s seventy seven, and I'll text")).toEqual([['username', 'amit underscore s seventy seven']])
    expect(found('my username is  lharrington  seven seven  double r')).toEqual([['username', 'lharrington  seven seven']])
  })

  it('a word in the handle\'s place is still none', () => {
    expect(found('Enter your username, then your password.')).toEqual([])
    expect(found('open the login page. Then log in 3 times')).toEqual([])
  })
})

describe('a handle given in answer to a question asking for it, or spelled (blind sets FS, FT)', () => {
  it('with a handle\'s mark, or letter by letter', () => {
    expect(found('Q. What username did you use on the CashFlowPro app?\nA. bigtex_dre. Same as my Xbox.')).toEqual([['username', 'bigtex_dre']])
    expect(found('What was your username on the forum? It was n h a m d a n ninety-four. And the email')).toEqual([['username', 'n h a m d a n ninety-four']])
    expect(found('Speaker A: Which user are you logged in as? Speaker B: Amelia underscore W underscore nineteen ninety.')).toEqual([['username', 'Amelia underscore W underscore nineteen ninety']])
    expect(found('my username is k b a x t e r')).toEqual([['username', 'k b a x t e r']])
  })

  it('not an answer without a mark, nor three letters', () => {
    expect(found("What's your login? A. Yes, hang on. Did you change the login? Yes, last week.")).toEqual([])
    expect(found('the username is a b c')).toEqual([])
  })
})

describe('a user name is its own type', () => {
  it("is AssemblyAI's `username`, not an account's number", () => {
    const text = 'username: trevor_broo47, account number 55120934'
    expect(numbers.scan(text, { types: ['username'] }).map((f) => text.slice(f.start, f.end))).toEqual(['trevor_broo47'])
    expect(numbers.scan(text, { types: ['account_number'] }).map((f) => text.slice(f.start, f.end))).toEqual(['55120934'])
  })
})

describe('handles in logs, after a qualifier, and said in pieces (blind sets FN, FO)', () => {
  it("after a bare \"user\" or \"account\" only when shaped like a handle", () => {
    expect(found('Audit: 3 successful logins for user g.wong within 10 minutes')).toEqual([['username', 'g.wong']])
    expect(found('Security alert: new device sign-in for ESS user thomas.k.varghese at 02:14')).toEqual([['username', 'thomas.k.varghese']])
    expect(found('pls reset pw, my user is cherry.ocampo, locked since morning.')).toEqual([['username', 'cherry.ocampo']])
    expect(found('Please lock account mehta.arjun immediately.')).toEqual([['username', 'mehta.arjun']])
    expect(found('see the user guide.pdf and the account e.g. the main one')).toEqual([])
  })

  it('after "for the app" or "on the ESS", and after fillers', () => {
    expect(found('My username for the app is gerry fitz underscore nineteen fifty-seven, and it locks')).toEqual([['username', 'gerry fitz underscore nineteen fifty-seven']])
    expect(found('the username uh yeah its bigmick nineteen sixty six  all one word')).toEqual([['username', 'bigmick nineteen sixty six']])
  })

  it('an initial and a surname, a number, and what is none', () => {
    expect(found('and the username was k sharma before the transfer')).toEqual([['username', 'k sharma']])
    expect(found('my username is a sharma seven')).toEqual([['username', 'a sharma seven']])
    expect(found('invalid credentials since the update, login id 2231045, site unknown')).toEqual([['username', '2231045']])
    expect(found('my username is a mess')).toEqual([])
    expect(found('my login is broken, locked 3 times')).toEqual([])
    expect(found('the app handles v2.1 files')).toEqual([])
  })
})

describe('after a bare "account", only a dotted handle', () => {
  it('not an account code or a masked number', () => {
    expect(found('the POD account xxxx4211 and account AB12345')).not.toContainEqual(['username', expect.any(String)])
    expect(found('login for user jdoe42 failed')).toEqual([['username', 'jdoe42']])
  })
})

describe("players' handles in games and chats (blind set GN)", () => {
  it("after a game's labels, with a game's tag, and a user ID of a chat's 18 digits", () => {
    expect(found("His name in game is R3aperKing.")).toEqual([['username', 'R3aperKing']])
    expect(found('What was the Riot ID before?\nCaller: ZephyrQ#EUW.')).toEqual([['username', 'ZephyrQ#EUW']])
    expect(found('Sub: Kristine Aquino, BattleTag: krissyq#0001')).toContainEqual(['username', 'krissyq#0001'])
    expect(found('His Discord user ID is 918274650193847261. Forward that.')).toEqual([['username', '918274650193847261']])
    expect(found('DEBUG matchmaker: ticket mm-44712 player=Oni_Rin region=ap-northeast-1')).toContainEqual(['username', 'Oni_Rin'])
    expect(found('"source_account": {"psn": "Ravenhold_88", "xbl": "Ravenhold88"}')).toEqual([['username', 'Ravenhold_88'], ['username', 'Ravenhold88']])
  })

  it('in camel case after "username is" or a bare "account", not a product or a surname', () => {
    expect(found('My username is BrandonLeeGaming, but my name is Brandon Lee.')).toContainEqual(['username', 'BrandonLeeGaming'])
    expect(found("I got banned. My account's xSakuraBlitzx.")).toEqual([['username', 'xSakuraBlitzx']])
    expect(found('Account gl1tchcarder created today. New acct notbannedlol2 came in too.')).toEqual([['username', 'gl1tchcarder'], ['username', 'notbannedlol2']])
    expect(found('my account PayPal was linked, my account McDonald is old, login: GitHub')).toEqual([])
  })

  it("answering a question for the account itself, not its number", () => {
    expect(found("Agent: What's your account?\nCaller: OkoroLite.")).toEqual([['username', 'OkoroLite']])
    expect(found("Agent: What's your account?\nCaller: It's 44712209.")).not.toContainEqual(['username', expect.any(String)])
  })

  it("a chat's writers with a handle's mark or no English word, and the same handle said again", () => {
    const chat = 'nightowl_ana: gg that clutch was insane\nlurkmaster3000: @pixelpadre what sens do u use\npixelpadre: i use the low one\nAgent: hello there all'
    expect(found(chat)).toEqual([['username', 'nightowl_ana'], ['username', 'lurkmaster3000'], ['username', '@pixelpadre'], ['username', 'pixelpadre']])
    expect(found('[Server] kid_99 joined the game\nuser is kid_99 and kid_99 left')).toEqual([['username', 'kid_99'], ['username', 'kid_99'], ['username', 'kid_99']])
  })

  it("not a log's fields or a role in a chat's place", () => {
    expect(found('wallet_error: PKPassKitErrorDomain code 2\ntsp_response: "DECLINED_BY_ISSUER" reason "LOW"\norder_status: shipped to the depot')).toEqual([])
    expect(found('Agent: hello how can i help\nCaller: my card was declined today')).toEqual([])
  })

  it('pieces joined by "_" or "." around a given name, not a key or a file', () => {
    expect(found("to keep arjun_plays's and anika.draws's subscriptions active")).toEqual([['username', 'arjun_plays'], ['username', 'anika.draws']])
    expect(found('{"max_aed": 50, "min_los": 2} lan_ip=10.0.0.4 see maria_notes.pdf')).not.toContainEqual(['username', expect.any(String)])
  })

  it('a handle with its mark is one whole, not a name and a word', () => {
    const engine = createPiiEngine()
    const text = "Agent: We can. What's his account?\nParent: Rowan_plays.\nReported by: ellie.b (ID 7021)"
    expect(engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual(expect.arrayContaining([['username', 'Rowan_plays'], ['username', 'ellie.b']]))
  })
})

describe("trust and safety reports' handles (blind set GW)", () => {
  it('an "@" handle ending in underscores or a country\'s ending, not a site\'s or a file\'s', () => {
    expect(found('add me on ig @miamoreno_ thanks')).toEqual([['username', '@miamoreno_']])
    expect(found('- @r0se_g0ld_ — created same day')).toEqual([['username', '@r0se_g0ld_']])
    expect(found('seller @vintage.drops.uk took payment')).toEqual([['username', '@vintage.drops.uk']])
    expect(found('email us @support.com or see @config.json')).toEqual([])
  })

  it("an old Discord name's four-digit tag, not an issue's or a room's number", () => {
    expect(found('[mod-log] 21:16 MUTE 24h pixelpeach#4471')).toEqual([['username', 'pixelpeach#4471']])
    expect(found('see issue#1234 and room#1201')).toEqual([])
  })

  it('joined words with a handle\'s marks right after a word that puts a handle there', () => {
    expect(found("Matched with a guy (profile tom_h_1989, says he's 34).")).toEqual([['username', 'tom_h_1989']])
    expect(found('snap me mia.xoxo.22 or dm me')).toEqual([['username', 'mia.xoxo.22']])
    expect(found('[mod-log] 21:30 NOTE by mod_renata: alt suspected')).toEqual([['username', 'mod_renata']])
    expect(found('Agent: I found grace_in_bloom linked to that email.')).toEqual([['username', 'grace_in_bloom']])
    // (a file, a version, a setting's key before its value, two English words joined)
    expect(found('generated by build_v2.py, fixed by python3.11, set by retry_count: 3, blocked by rate_limit')).toEqual([])
  })
})

describe('a handle a log or a message quotes', () => {
  it('is read inside its quotes, the quotes left out', () => {
    expect(found('auth.warn portal-login: 6 failed attempts for user "s2209461"; account locked for 15 min')).toEqual([['username', 's2209461']])
    expect(found("password reset for 'kbrow119' done")).toEqual([['username', 'kbrow119']])
    expect(found('username: \u201cjdoe42\u201d')).toEqual([['username', 'jdoe42']])
  })

  it('not a word in quotes, nor a quote left open', () => {
    expect(found('the user "admin" is locked')).toEqual([])
    expect(found('for user "New" value')).toEqual([])
    expect(found('for user "s2209461 from the portal')).toEqual([])
  })
})
