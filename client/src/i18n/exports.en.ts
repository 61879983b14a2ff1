import type { exportsFi } from './exports.fi';

export const exportsEn: typeof exportsFi = {
  open: 'Export to file',
  title: 'Export to file',
  format: 'File format',
  formats: {
    docx: { name: 'Word (DOCX)', use: 'for the council and for editing' },
    pdf: { name: 'PDF', use: 'for printing and archiving' },
    html: { name: 'Web page (HTML)', use: 'for publishing on the municipality’s website' },
    xlsx: { name: 'Excel (XLSX)', use: 'the measure table for spreadsheets' },
    csv: { name: 'CSV', use: 'the measure table for other programs' },
    md: { name: 'Markdown', use: 'the plan as text' },
  },
  source: 'Content',
  download: 'Download file',
  cancel: 'Stop',
  making: 'Making the file ({{format}})…',
  saved: 'The file “{{fileName}}” has been downloaded.',
  cancelled: 'Making the file was stopped.',
  notFound: 'Version not found. It may have been thinned out of the automatic saves.',
};
