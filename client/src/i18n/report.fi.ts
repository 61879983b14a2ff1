import { PROGRESS_WORDS } from '../../../shared/indicators/progressWords';

/** The yearly well-being report (see planViews.fi.ts). */
export const reportFi = {
  pageTitle: 'Hyvinvointiraportti – {{title}}',
  intro: 'Toimenpiteiden tilanne liikennevaloin painopisteittäin, vastuutahoittain ja kohderyhmittäin.',
  readAt: 'Toimenpiteiden tilanne liikennevaloin {{date}}.',
  print: 'Tulosta raportti',
  failed: 'Raportin lataaminen epäonnistui.',
  untitled: '(nimetön painopiste)',
  noResponsible: '(vastuutaho puuttuu)',
  total: {
    title: 'Kokonaistilanne',
    all: 'Toimenpiteitä yhteensä: {{number}}',
  },
  focusAreas: {
    title: 'Painopisteittäin',
    chart: 'Toimenpiteiden tila painopisteittäin (pylväs)',
    table: 'Toimenpiteiden tila painopisteittäin (taulukko)',
    rowHeader: 'Painopiste',
  },
  responsible: {
    title: 'Vastuutahoittain',
    hint: 'Toimenpide, jolla on useita vastuutahoja, lasketaan jokaiselle niistä.',
    table: 'Toimenpiteiden tila vastuutahoittain',
    rowHeader: 'Vastuutaho',
  },
  targetGroups: {
    title: 'Kohderyhmittäin',
    table: 'Toimenpiteiden tila kohderyhmittäin',
    rowHeader: 'Kohderyhmä',
  },
  table: {
    distribution: 'Jakauma',
    sum: 'Yhteensä',
  },
  chart: {
    legend: 'Kaavion selitteet',
    patternSeparator: ', ',
    pattern: {
      done: 'täysi',
      started: 'vinoraidat',
      'not-started': 'ristikko',
      unassessed: 'pisteet',
    },
    tableNote: 'Samat luvut ovat taulukossa kaavion alla.',
  },
  changes: {
    title: 'Muutokset aiemmasta versiosta',
    titleSince: 'Muutokset versiosta ”{{label}}” ({{date}})',
    pick: 'Verrattava versio',
    submit: 'Näytä muutokset',
    noVersions: 'Suunnitelmalla ei ole vielä versioita, joihin verrata. Tallenna versio Versiot-sivulla.',
    summary: 'Tilan muutoksia {{statusChanged}}, uusia toimenpiteitä {{added}}, poistuneita {{removed}}.',
    statusChanged: 'Tilan muutokset',
    added: 'Uudet toimenpiteet',
    removed: 'Poistuneet toimenpiteet',
  },
  indicators: {
    title: PROGRESS_WORDS.fi.sectionTitle,
    intro: PROGRESS_WORDS.fi.sectionIntro,
    caption: PROGRESS_WORDS.fi.tableCaption,
    columns: PROGRESS_WORDS.fi.columns,
    empty: PROGRESS_WORDS.fi.empty,
    failed: 'Mittarien tietojen lataaminen epäonnistui.',
    manage: 'Mittareita lisätään ja niiden tavoitteet asetetaan Mittarit-sivulla.',
    link: 'Mittarit-sivulle',
  },
};
