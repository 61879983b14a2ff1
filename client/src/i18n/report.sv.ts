import { PROGRESS_WORDS } from '../../../shared/indicators/progressWords';
import type { reportFi } from './report.fi';

export const reportSv: typeof reportFi = {
  pageTitle: 'Välfärdsrapport – {{title}}',
  intro: 'Åtgärdernas läge med trafikljus per fokusområde, ansvarig och målgrupp.',
  readAt: 'Åtgärdernas läge med trafikljus {{date}}.',
  print: 'Skriv ut rapporten',
  failed: 'Rapporten kunde inte laddas.',
  untitled: '(namnlöst fokusområde)',
  noResponsible: '(ansvarig saknas)',
  total: {
    title: 'Helhetsläge',
    all: 'Åtgärder totalt: {{number}}',
  },
  focusAreas: {
    title: 'Per fokusområde',
    chart: 'Åtgärdernas status per fokusområde (stapeldiagram)',
    table: 'Åtgärdernas status per fokusområde (tabell)',
    rowHeader: 'Fokusområde',
  },
  responsible: {
    title: 'Per ansvarig',
    hint: 'En åtgärd med flera ansvariga räknas för var och en av dem.',
    table: 'Åtgärdernas status per ansvarig',
    rowHeader: 'Ansvarig',
  },
  targetGroups: {
    title: 'Per målgrupp',
    table: 'Åtgärdernas status per målgrupp',
    rowHeader: 'Målgrupp',
  },
  table: {
    distribution: 'Fördelning',
    sum: 'Totalt',
  },
  chart: {
    legend: 'Diagrammets förklaringar',
    patternSeparator: ', ',
    pattern: {
      done: 'hel',
      started: 'snedränder',
      'not-started': 'rutnät',
      unassessed: 'prickar',
    },
    tableNote: 'Samma siffror finns i tabellen under diagrammet.',
  },
  changes: {
    title: 'Ändringar sedan en tidigare version',
    titleSince: 'Ändringar sedan versionen ”{{label}}” ({{date}})',
    pick: 'Version att jämföra med',
    submit: 'Visa ändringar',
    noVersions: 'Planen har ännu inga versioner att jämföra med. Spara en version på sidan Versioner.',
    summary: 'Statusändringar {{statusChanged}}, nya åtgärder {{added}}, borttagna {{removed}}.',
    statusChanged: 'Statusändringar',
    added: 'Nya åtgärder',
    removed: 'Borttagna åtgärder',
  },
  indicators: {
    title: PROGRESS_WORDS.sv.sectionTitle,
    intro: PROGRESS_WORDS.sv.sectionIntro,
    caption: PROGRESS_WORDS.sv.tableCaption,
    columns: PROGRESS_WORDS.sv.columns,
    empty: PROGRESS_WORDS.sv.empty,
    failed: 'Indikatorernas uppgifter kunde inte laddas.',
    manage: 'Indikatorer läggs till och deras mål sätts på sidan Indikatorer.',
    link: 'Till sidan Indikatorer',
  },
};
