import type { publishingFi } from './publishing.fi';

export const publishingSv: typeof publishingFi = {
  title: 'Publiceringar på webben',
  intro: 'En publicerad version syns för alla på en offentlig adress utan inloggning: texten, åtgärdstabellen och lägesöversikten samt öppna data. Kommentarer, ändringshistorik och e-postadresser syns inte.',
  publishCurrent: 'Publicera nuvarande',
  publishVersion: 'Publicera',
  publishVersionLabel: 'Publicera versionen {{label}}',
  published: 'Publicerad: {{label}}',
  none: 'Planen har inte publicerats ännu.',
  loadFailed: 'Det gick inte att ladda publiceringarna.',
  columns: { version: 'Version', publishedAt: 'Publicerad', state: 'Status', links: 'Adresser', actions: 'Åtgärder' },
  up: 'Publicerad',
  down: 'Borttagen {{date}}',
  page: 'Sida',
  data: 'JSON-data',
  csv: 'CSV',
  unpublish: 'Ta bort publiceringen',
  unpublishTitle: 'Ta bort publiceringen?',
  unpublishQuestion: 'Publiceringen {{label}} försvinner från den offentliga webben genast, och dess adresser slutar fungera. Själva versionen finns kvar.',
  unpublished: 'Publiceringen {{label}} togs bort.',
};
