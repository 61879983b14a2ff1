import type { publishingFi } from './publishing.fi';

export const publishingEn: typeof publishingFi = {
  title: 'Published on the web',
  intro: 'A published version is public at its own address, without signing in: the text, the measure table and the status summary, and open data. Comments, the change history and e-mail addresses are not shown.',
  publishCurrent: 'Publish the current plan',
  publishVersion: 'Publish',
  publishVersionLabel: 'Publish version {{label}}',
  published: 'Published: {{label}}',
  none: 'The plan has not been published yet.',
  loadFailed: 'Loading the publications failed.',
  columns: { version: 'Version', publishedAt: 'Published', state: 'State', links: 'Addresses', actions: 'Actions' },
  up: 'Published',
  down: 'Taken down {{date}}',
  page: 'Page',
  data: 'JSON data',
  csv: 'CSV',
  unpublish: 'Unpublish',
  unpublishTitle: 'Unpublish?',
  unpublishQuestion: 'The publication {{label}} leaves the public web at once and its addresses stop working. The version itself stays.',
  unpublished: 'The publication {{label}} was taken down.',
};
