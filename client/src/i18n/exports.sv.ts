import type { exportsFi } from './exports.fi';

export const exportsSv: typeof exportsFi = {
  open: 'Exportera till fil',
  title: 'Exportera till fil',
  format: 'Filformat',
  formats: {
    docx: { name: 'Word (DOCX)', use: 'till fullmäktige och för redigering' },
    pdf: { name: 'PDF', use: 'för utskrift och arkivering' },
    html: { name: 'Webbsida (HTML)', use: 'för publicering på kommunens webbplats' },
    xlsx: { name: 'Excel (XLSX)', use: 'åtgärdstabellen för kalkylprogram' },
    csv: { name: 'CSV', use: 'åtgärdstabellen för andra program' },
    md: { name: 'Markdown', use: 'planen som text' },
  },
  source: 'Innehåll',
  download: 'Ladda ner filen',
  cancel: 'Avbryt',
  making: 'Filen skapas ({{format}})…',
  saved: 'Filen ”{{fileName}}” har laddats ner.',
  cancelled: 'Skapandet av filen avbröts.',
  notFound: 'Versionen hittades inte. Den kan ha gallrats bland de automatiska sparningarna.',
};
