/** Exporting the plan as a file (see planViews.fi.ts). */
export const exportsFi = {
  open: 'Vie tiedostoksi',
  title: 'Vie tiedostoksi',
  format: 'Tiedostomuoto',
  formats: {
    docx: { name: 'Word (DOCX)', use: 'valtuustolle ja muokattavaksi' },
    pdf: { name: 'PDF', use: 'tulostettavaksi ja arkistoon' },
    html: { name: 'Verkkosivu (HTML)', use: 'julkaistavaksi kunnan verkkosivuilla' },
    xlsx: { name: 'Excel (XLSX)', use: 'toimenpidetaulukko taulukkolaskentaan' },
    csv: { name: 'CSV', use: 'toimenpidetaulukko muihin ohjelmiin' },
    md: { name: 'Markdown', use: 'suunnitelma tekstinä' },
  },
  source: 'Sisältö',
  download: 'Lataa tiedosto',
  cancel: 'Keskeytä',
  making: 'Muodostetaan tiedostoa ({{format}})…',
  saved: 'Tiedosto ”{{fileName}}” on ladattu.',
  cancelled: 'Tiedoston muodostaminen keskeytettiin.',
  notFound: 'Versiota ei löytynyt. Se on ehkä harvennettu automaattisista tallennuksista.',
};
