/**
 * The built-in library: realistic call-centre conversations with PII of many policy types, a few
 * spans upstream "misses", and content-safety material. All names, numbers and addresses are
 * invented; card numbers are well-known test numbers.
 *
 * @module
 */
import { compileScript } from './compile-script.js'
import type { EmulatorScript, ScriptSource } from './script-types.js'

const SOURCES: readonly ScriptSource[] = [
  {
    id: 'builtin-card-payment',
    title: 'Card payment for an overdue utility bill',
    turns: [
      { speaker: 'A', text: 'Thank you for calling {{organization:Brightwater Energy}}, my name is {{person_name:Dana}}. How can I help you today?' },
      { speaker: 'B', text: 'Hi Dana, this is {{person_name:Michael Okafor}}. I got a letter saying my bill is overdue and I want to pay it now.' },
      { speaker: 'A', text: 'I can help with that. Can I have your account number, please?' },
      { speaker: 'B', text: 'Sure, it is {{account_number:4471 2209 8836}}.' },
      { speaker: 'A', text: 'Thank you. And to verify, your date of birth?' },
      { speaker: 'B', text: 'It is {{date_of_birth:March 14th, 1986}}.' },
      { speaker: 'A', text: 'Perfect. The balance is {{money_amount:$182.40}}. Would you like to pay by card?' },
      { speaker: 'B', text: 'Yes. The card number is {{credit_card_number:4111 1111 1111 1111}}, expiry {{credit_card_expiration:09/29}}, and the security code is {{credit_card_cvv:737}}.' },
      { speaker: 'A', text: 'The payment went through. I will send a receipt to the email on file, is that still {{email_address:m.okafor@example.com}}?' },
      { speaker: 'B', text: 'Yes it is. You can also text me at {{!phone_number:five five five, zero one nine, eight two two four}}.' },
      { speaker: 'A', text: 'Noted. Is there anything else I can help you with?' },
      { speaker: 'B', text: 'No, that is all. Thanks for your help.' },
    ],
  },
  {
    id: 'builtin-insurance-claim',
    title: 'Car insurance claim after an accident',
    turns: [
      { speaker: 'A', text: 'You have reached {{organization:Harbor Point Claims}}, this is {{person_name:Priya}} speaking.' },
      { speaker: 'B', text: 'Hello, I need to report an accident. Someone hit my car at a red light yesterday.' , safety: [{ label: 'accidents', confidence: 0.91, severity: 0.42 }] },
      { speaker: 'A', text: 'I am sorry to hear that. Are you hurt?' },
      { speaker: 'B', text: 'I have a {{injury:sprained wrist}} and some {{medical_condition:whiplash}}, the doctor said.', safety: [{ label: 'health_issues', confidence: 0.77, severity: 0.31 }] },
      { speaker: 'A', text: 'Let me open a claim. Your policy number, please?' },
      { speaker: 'B', text: 'Policy {{account_number:HP 5523 0917}}. My name is {{person_name:Laura Mendes}}.' },
      { speaker: 'A', text: 'Thank you Ms. {{person_name:Mendes}}. Where did the accident happen?' },
      { speaker: 'B', text: 'At the corner of {{location:Maple Avenue and 5th Street in Springfield}}.' },
      { speaker: 'A', text: 'And the licence plate of your vehicle?' },
      { speaker: 'B', text: 'It is {{vehicle_id:7KLM 294}}. My driver\'s license is {{drivers_license:D 4820 1177}}.' },
      { speaker: 'A', text: 'Got it. An adjuster will call you on {{phone_number:(555) 013-4477}} within two business days.' },
      { speaker: 'B', text: 'Great, thank you so much.' },
    ],
  },
  {
    id: 'builtin-bank-fraud',
    title: 'Bank fraud report and card block',
    turns: [
      { speaker: 'A', text: '{{organization:Northgate Bank}} fraud line, my name is {{person_name:Tomasz}}. Who am I speaking with?' },
      { speaker: 'B', text: 'This is {{person_name:Grace Whitfield}}. There are charges on my account I did not make.' },
      { speaker: 'A', text: 'I will help you right away. Please confirm the last four digits of your social security number.' },
      { speaker: 'B', text: 'My full social is {{us_social_security_number:078-05-1120}}, I do not remember which part you need.' },
      { speaker: 'A', text: 'The last four are enough, thank you. I see two charges from a casino website for {{money_amount:$950}}.', safety: [{ label: 'gambling', confidence: 0.83, severity: 0.35 }] },
      { speaker: 'B', text: 'I never gamble. Someone must have stolen my card details.', safety: [{ label: 'crime_violence', confidence: 0.58, severity: 0.22 }] },
      { speaker: 'A', text: 'I will block the card and send a new one to {{location:42 Orchard Lane, Riverside}}. Is that correct?' },
      { speaker: 'B', text: 'Yes. And please move the refund to my savings, routing {{banking_information:021000021}}, account {{banking_information:9912 4410}}.' },
      { speaker: 'A', text: 'Done. Your reference is {{number_sequence:77 31 05}}. We will email you at {{email_address:grace.w@example.org}}.' },
      { speaker: 'B', text: 'Thank you. What a nightmare.', safety: [{ label: 'negative_news', confidence: 0.52 }] },
    ],
  },
  {
    id: 'builtin-clinic-appointment',
    title: 'Clinic appointment rescheduling',
    turns: [
      { speaker: 'A', text: 'Good morning, {{organization:Cedar Valley Clinic}}, {{person_name:Amelia}} speaking.' },
      { speaker: 'B', text: 'Hi, I need to move my appointment with {{person_name:Dr. Haruki Sato}}.' },
      { speaker: 'A', text: 'Of course. What is your name and date of birth?' },
      { speaker: 'B', text: '{{person_name:Samuel Brooks}}, born {{date_of_birth:July 2nd, 1971}}.' },
      { speaker: 'A', text: 'Thank you. I see your visit for {{medical_condition:type 2 diabetes}} follow-up on {{date:Thursday the 12th}}.', safety: [{ label: 'health_issues', confidence: 0.88, severity: 0.4 }] },
      { speaker: 'B', text: 'Right. I also need a refill of {{drug:metformin}} before then.' , safety: [{ label: 'drugs', confidence: 0.61, severity: 0.18 }] },
      { speaker: 'A', text: 'I can book you for {{date:next Monday}} at {{time:10:30 am}}. Your member ID, please?' },
      { speaker: 'B', text: 'It is {{healthcare_number:HZ-5235-001}}.' },
      { speaker: 'A', text: 'All set. We will send a reminder to {{!phone_number:555 0101 3390}}.' },
      { speaker: 'B', text: 'Thanks, bye.' },
    ],
  },
  {
    id: 'builtin-angry-customer',
    title: 'Escalated complaint about a delayed delivery',
    turns: [
      { speaker: 'A', text: 'Thanks for calling {{organization:Swiftcart}} support, this is {{person_name:Leo}}.' },
      { speaker: 'B', text: 'This is the third time I am calling. My damn order still has not arrived.', safety: [{ label: 'profanity', confidence: 0.94, severity: 0.47 }] },
      { speaker: 'A', text: 'I am really sorry. Can I have the order number and your name?' },
      { speaker: 'B', text: 'Order {{number_sequence:SC 88213 4}}, name is {{person_name:Rebecca Lindqvist}}.' },
      { speaker: 'A', text: 'I see it was held at the depot in {{location:Fairview}}. Is your address still {{location:19 Birch Road, Fairview}}?' },
      { speaker: 'B', text: 'Yes, and I want a refund of the {{money_amount:$64.99}} shipping fee.' },
      { speaker: 'A', text: 'I have refunded it. You can log in as {{username:rlindqvist}} to track the parcel.' },
      { speaker: 'B', text: 'Fine. If it is not here by {{date:Friday}} I am cancelling everything.' },
    ],
  },
  {
    id: 'builtin-hr-hotline',
    title: 'Employee benefits hotline',
    turns: [
      { speaker: 'A', text: 'Benefits hotline, {{person_name:Omar}} speaking. May I have your employee number?' },
      { speaker: 'B', text: 'Sure, {{account_number:E 204 771}}. I am {{person_name:Hannah Kowalski}}, I work as a {{occupation:night shift nurse}}.' },
      { speaker: 'A', text: 'Thanks Hannah. What can I do for you?' },
      { speaker: 'B', text: 'I got {{marital_status:married}} last month and want to add my spouse to my health plan.' },
      { speaker: 'A', text: 'Congratulations. I need your spouse\'s name and date of birth.' },
      { speaker: 'B', text: '{{person_name:Daniel Kowalski}}, {{date_of_birth:November 30th, 1988}}. He is {{person_age:thirty seven}}.' },
      { speaker: 'A', text: 'Added. The new premium is {{money_amount:$212}} a month starting {{date:January 1st}}.' },
      { speaker: 'B', text: 'Okay. Can you email the forms to {{email_address:hkowalski@example.net}}?' },
      { speaker: 'A', text: 'They are on the way. The portal password reset link goes to the same address.' },
      { speaker: 'B', text: 'Perfect, thank you Omar.' },
    ],
  },
]

/** The compiled built-in scripts, in a fixed order (the order matters for the hash-based pick). */
export const BUILTIN_SCRIPTS: readonly EmulatorScript[] = SOURCES.map(compileScript)
