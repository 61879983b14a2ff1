import type { Language } from '../../shared/languages';
import { formatDate, type MailBody } from './message';

/** A request to a responsible party, or a reminder of it. */
export interface RequestMail {
  kind: 'round-request' | 'reminder-before' | 'reminder-after';
  recipientName: string | null;
  planTitle: string;
  roundTitle: string;
  partyName: string;
  /** Sent to a coordinator because the party has no contact person. */
  fallback: boolean;
  deadline: Date;
  expires: Date;
  measures: string[];
  url: string;
}

export type MailMessage =
  | RequestMail
  | { kind: 'mention'; authorName: string; planTitle: string; text: string; url: string }
  | { kind: 'accepted-answer'; planTitle: string; measureTitle: string; url: string }
  | { kind: 'deadline'; planTitle: string; roundTitle: string; answered: number; total: number; url: string };

/** The message of a kind (a request mail has three kinds). */
type MessageOf<K> = MailMessage extends infer M ? (M extends { kind: infer Kinds } ? (K extends Kinds ? M : never) : never) : never;
type Words = { [K in MailMessage['kind']]: (m: MessageOf<K>) => MailBody };

const SIGNATURE: Record<Language, string> = {
  fi: 'Hyte-työtila – hyvinvointisuunnitelman yhteinen työtila',
  sv: 'Hyte-arbetsrummet – välfärdsplanens gemensamma arbetsrum',
  en: 'Hyte workspace – the shared workspace of the well-being plan',
};

const fi: Words = {
  'round-request': (m) => ({
    subject: `Tilannekysely: ${m.roundTitle} – ${m.planTitle}`,
    greeting: m.recipientName ? `Hei ${m.recipientName},` : 'Hei,',
    paragraphs: [
      `${m.partyName} vastaa alla olevista toimenpiteistä suunnitelmassa ${m.planTitle}. Kerro niiden tilanne ${formatDate('fi', m.deadline)} mennessä: liikennevalo ja lyhyt kuvaus.`,
      ...(m.fallback ? [`Vastuutaholla ${m.partyName} ei ole yhteyshenkilöä, joten kysely tulee sinulle koordinaattorina.`] : []),
    ],
    items: m.measures,
    action: { label: 'Vastaa tilannekyselyyn', url: m.url },
    notes: [`Vastaaminen ei vaadi kirjautumista. Linkki on henkilökohtainen: älä välitä sitä eteenpäin. Se toimii ${formatDate('fi', m.expires)} asti.`],
    signature: SIGNATURE.fi,
  }),
  'reminder-before': (m) => ({ ...fi['round-request'](m), subject: `Muistutus: ${m.roundTitle} – vastaa ${formatDate('fi', m.deadline)} mennessä` }),
  'reminder-after': (m) => ({
    ...fi['round-request'](m),
    subject: `Määräaika meni: ${m.roundTitle} – ${m.planTitle}`,
    paragraphs: [`Tilannekyselyn määräaika oli ${formatDate('fi', m.deadline)}, eikä vastausta ole vielä tullut. Ehdit vielä vastata.`, ...fi['round-request'](m).paragraphs],
  }),
  mention: (m) => ({
    subject: `${m.authorName} mainitsi sinut: ${m.planTitle}`,
    greeting: 'Hei,',
    paragraphs: [`${m.authorName} mainitsi sinut kommentissa suunnitelmassa ${m.planTitle}:`, `”${m.text}”`],
    action: { label: 'Avaa suunnitelma', url: m.url },
    notes: ['Voit valita ilmoitusasetuksista, mistä saat sähköpostia.'],
    signature: SIGNATURE.fi,
  }),
  'accepted-answer': (m) => ({
    subject: `Vastauksesi hyväksyttiin: ${m.planTitle}`,
    greeting: 'Hei,',
    paragraphs: [`Vastauksesi toimenpiteen ”${m.measureTitle}” tilanteesta on nyt suunnitelmassa ${m.planTitle}. Kiitos!`],
    action: { label: 'Avaa suunnitelma', url: m.url },
    notes: ['Voit valita ilmoitusasetuksista, mistä saat sähköpostia.'],
    signature: SIGNATURE.fi,
  }),
  deadline: (m) => ({
    subject: `Määräaika päättyi: ${m.roundTitle} – ${m.planTitle}`,
    greeting: 'Hei,',
    paragraphs: [`Tilannekyselyn ${m.roundTitle} määräaika päättyi. Vastauksia on ${m.answered}/${m.total} vastuutaholta.`],
    action: { label: 'Avaa kysely', url: m.url },
    notes: ['Voit valita ilmoitusasetuksista, mistä saat sähköpostia.'],
    signature: SIGNATURE.fi,
  }),
};

const sv: Words = {
  'round-request': (m) => ({
    subject: `Lägesenkät: ${m.roundTitle} – ${m.planTitle}`,
    greeting: m.recipientName ? `Hej ${m.recipientName},` : 'Hej,',
    paragraphs: [
      `${m.partyName} ansvarar för åtgärderna nedan i planen ${m.planTitle}. Berätta hur de framskrider senast ${formatDate('sv', m.deadline)}: trafikljus och en kort beskrivning.`,
      ...(m.fallback ? [`${m.partyName} har ingen kontaktperson, så enkäten skickas till dig som koordinator.`] : []),
    ],
    items: m.measures,
    action: { label: 'Svara på lägesenkäten', url: m.url },
    notes: [`Du behöver inte logga in för att svara. Länken är personlig: skicka den inte vidare. Den fungerar till och med ${formatDate('sv', m.expires)}.`],
    signature: SIGNATURE.sv,
  }),
  'reminder-before': (m) => ({ ...sv['round-request'](m), subject: `Påminnelse: ${m.roundTitle} – svara senast ${formatDate('sv', m.deadline)}` }),
  'reminder-after': (m) => ({
    ...sv['round-request'](m),
    subject: `Tidsfristen har gått ut: ${m.roundTitle} – ${m.planTitle}`,
    paragraphs: [`Lägesenkätens tidsfrist var ${formatDate('sv', m.deadline)} och vi har ännu inte fått ditt svar. Du kan fortfarande svara.`, ...sv['round-request'](m).paragraphs],
  }),
  mention: (m) => ({
    subject: `${m.authorName} nämnde dig: ${m.planTitle}`,
    greeting: 'Hej,',
    paragraphs: [`${m.authorName} nämnde dig i en kommentar i planen ${m.planTitle}:`, `”${m.text}”`],
    action: { label: 'Öppna planen', url: m.url },
    notes: ['Du kan välja i aviseringsinställningarna vilka e-postmeddelanden du får.'],
    signature: SIGNATURE.sv,
  }),
  'accepted-answer': (m) => ({
    subject: `Ditt svar har godkänts: ${m.planTitle}`,
    greeting: 'Hej,',
    paragraphs: [`Ditt svar om läget för åtgärden ”${m.measureTitle}” finns nu i planen ${m.planTitle}. Tack!`],
    action: { label: 'Öppna planen', url: m.url },
    notes: ['Du kan välja i aviseringsinställningarna vilka e-postmeddelanden du får.'],
    signature: SIGNATURE.sv,
  }),
  deadline: (m) => ({
    subject: `Tidsfristen gick ut: ${m.roundTitle} – ${m.planTitle}`,
    greeting: 'Hej,',
    paragraphs: [`Tidsfristen för lägesenkäten ${m.roundTitle} gick ut. ${m.answered} av ${m.total} ansvariga har svarat.`],
    action: { label: 'Öppna enkäten', url: m.url },
    notes: ['Du kan välja i aviseringsinställningarna vilka e-postmeddelanden du får.'],
    signature: SIGNATURE.sv,
  }),
};

const en: Words = {
  'round-request': (m) => ({
    subject: `Status round: ${m.roundTitle} – ${m.planTitle}`,
    greeting: m.recipientName ? `Hello ${m.recipientName},` : 'Hello,',
    paragraphs: [
      `${m.partyName} is responsible for the measures below in the plan ${m.planTitle}. Please tell us how they stand by ${formatDate('en', m.deadline)}: a traffic light and a short note.`,
      ...(m.fallback ? [`${m.partyName} has no contact person, so this request comes to you as the coordinator.`] : []),
    ],
    items: m.measures,
    action: { label: 'Answer the status round', url: m.url },
    notes: [`No sign-in is needed to answer. The link is personal: please do not forward it. It works until ${formatDate('en', m.expires)}.`],
    signature: SIGNATURE.en,
  }),
  'reminder-before': (m) => ({ ...en['round-request'](m), subject: `Reminder: ${m.roundTitle} – please answer by ${formatDate('en', m.deadline)}` }),
  'reminder-after': (m) => ({
    ...en['round-request'](m),
    subject: `Deadline passed: ${m.roundTitle} – ${m.planTitle}`,
    paragraphs: [`The deadline of the status round was ${formatDate('en', m.deadline)} and your answer has not arrived yet. You can still answer.`, ...en['round-request'](m).paragraphs],
  }),
  mention: (m) => ({
    subject: `${m.authorName} mentioned you: ${m.planTitle}`,
    greeting: 'Hello,',
    paragraphs: [`${m.authorName} mentioned you in a comment in the plan ${m.planTitle}:`, `“${m.text}”`],
    action: { label: 'Open the plan', url: m.url },
    notes: ['You can choose in the notification settings which e-mails you get.'],
    signature: SIGNATURE.en,
  }),
  'accepted-answer': (m) => ({
    subject: `Your answer was accepted: ${m.planTitle}`,
    greeting: 'Hello,',
    paragraphs: [`Your answer on the status of the measure “${m.measureTitle}” is now in the plan ${m.planTitle}. Thank you!`],
    action: { label: 'Open the plan', url: m.url },
    notes: ['You can choose in the notification settings which e-mails you get.'],
    signature: SIGNATURE.en,
  }),
  deadline: (m) => ({
    subject: `Deadline passed: ${m.roundTitle} – ${m.planTitle}`,
    greeting: 'Hello,',
    paragraphs: [`The deadline of the status round ${m.roundTitle} has passed. ${m.answered} of ${m.total} responsible parties have answered.`],
    action: { label: 'Open the round', url: m.url },
    notes: ['You can choose in the notification settings which e-mails you get.'],
    signature: SIGNATURE.en,
  }),
};

const WORDS: Record<Language, Words> = { fi, sv, en };

/** The message's words in the recipient's language. */
export function wordMail(language: Language, message: MailMessage): MailBody {
  const words = WORDS[language][message.kind] as (m: MailMessage) => MailBody;
  return words(message);
}
