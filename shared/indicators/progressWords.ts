/**
 * The words of an indicator's progress (shared/indicators/progress.ts) in
 * each language: what the yearly report, the exports and the public page
 * print, the same everywhere.
 */
import type { Language } from '../languages';
import type { TargetDirection } from '../plan/indicators';
import type { TargetAssessment } from './progress';

type AssessmentKind = TargetAssessment['kind'];

interface ProgressWords {
  sectionTitle: string;
  sectionIntro: string;
  columns: { indicator: string; latest: string; sinceBaseline: string; sincePrevious: string; target: string; assessment: string };
  /** The status in a few words, never by colour alone. */
  assessment: Record<AssessmentKind, string>;
  /** Why: the basis of an on- or off-track judgement. */
  path: (expected: string, year: number) => string;
  trend: string;
  band: (percent: number) => string;
  deadline: (year: number) => string;
  direction: Record<TargetDirection, string>;
  /** "(suunta päätelty)": the direction was read from the figures, not set. */
  inferred: string;
  /** A figure with its year: "5,0 (2023)". */
  figureOf: (value: string, year: number) => string;
  /** A change: "−0,6 (2020–2023)". */
  changeOf: (delta: string, from: number, to: number) => string;
  better: string;
  worse: string;
  noBaseline: string;
  /** A baseline year without a figure. */
  noBaselineFigure: (year: number) => string;
  none: string;
  /** "Tiedot eivät ole ajan tasalla (haettu 2.12.2026)". */
  stale: (date: string) => string;
  tableCaption: string;
  empty: string;
}

export const PROGRESS_WORDS: Record<Language, ProgressWords> = {
  fi: {
    sectionTitle: 'Mittarit',
    sectionIntro: 'Suunnitelman mittarien viimeisin arvo, muutos lähtötasosta ja edellisestä luvusta sekä arvio siitä, eteneekö mittari tavoitteensa suuntaan. Luvut ovat kunnan.',
    columns: { indicator: 'Mittari', latest: 'Viimeisin arvo', sinceBaseline: 'Muutos lähtötasosta', sincePrevious: 'Muutos edellisestä', target: 'Tavoite', assessment: 'Arvio' },
    assessment: {
      reached: 'Tavoite saavutettu',
      'on-track': 'Tavoitteen mukaisesti',
      'off-track': 'Ei tavoitteen mukaisesti',
      unknown: 'Ei vielä arvioitavissa',
      'no-target': 'Ei tavoitetta',
      'no-figures': 'Ei lukuja',
    },
    path: (expected, year) => `tavoitteen mukainen arvo vuonna ${year} olisi ${expected}`,
    trend: 'arvioitu edellisen luvun muutoksesta, koska lähtötason lukua ei ole',
    band: (percent) => `tavoitteena on pysyä enintään ${percent} %:n päässä tavoitearvosta`,
    deadline: (year) => `tavoitevuosi ${year} on tullut`,
    direction: { increase: 'kasvaa', decrease: 'pienenee', maintain: 'pysyy ennallaan' },
    inferred: 'suunta päätelty luvuista',
    figureOf: (value, year) => `${value} (${year})`,
    changeOf: (delta, from, to) => `${delta} (${from}–${to})`,
    better: 'tavoitteen suuntaan',
    worse: 'tavoitteesta poispäin',
    noBaseline: 'Ei lähtötasoa',
    noBaselineFigure: (year) => `Ei lukua lähtötasovuodelta ${year}`,
    none: '–',
    stale: (date) => `Tiedot eivät ole ajan tasalla (haettu ${date}).`,
    tableCaption: 'Mittarien tilanne',
    empty: 'Suunnitelmassa ei ole mittareita.',
  },
  sv: {
    sectionTitle: 'Indikatorer',
    sectionIntro: 'Planens indikatorer: det senaste värdet, förändringen sedan utgångsläget och sedan föregående siffra samt en bedömning av om indikatorn rör sig mot sitt mål. Siffrorna gäller kommunen.',
    columns: { indicator: 'Indikator', latest: 'Senaste värde', sinceBaseline: 'Förändring sedan utgångsläget', sincePrevious: 'Förändring sedan föregående', target: 'Mål', assessment: 'Bedömning' },
    assessment: {
      reached: 'Målet uppnått',
      'on-track': 'Enligt målet',
      'off-track': 'Inte enligt målet',
      unknown: 'Kan inte bedömas ännu',
      'no-target': 'Inget mål',
      'no-figures': 'Inga siffror',
    },
    path: (expected, year) => `ett värde enligt målet år ${year} vore ${expected}`,
    trend: 'bedömt utifrån förändringen sedan föregående siffra, eftersom utgångsläget saknar siffra',
    band: (percent) => `målet är att hålla sig högst ${percent} % från målvärdet`,
    deadline: (year) => `målåret ${year} har kommit`,
    direction: { increase: 'ökar', decrease: 'minskar', maintain: 'förblir oförändrad' },
    inferred: 'riktningen härledd ur siffrorna',
    figureOf: (value, year) => `${value} (${year})`,
    changeOf: (delta, from, to) => `${delta} (${from}–${to})`,
    better: 'i målets riktning',
    worse: 'bort från målet',
    noBaseline: 'Inget utgångsläge',
    noBaselineFigure: (year) => `Ingen siffra för utgångsåret ${year}`,
    none: '–',
    stale: (date) => `Uppgifterna är inte aktuella (hämtade ${date}).`,
    tableCaption: 'Indikatorernas läge',
    empty: 'Planen har inga indikatorer.',
  },
  en: {
    sectionTitle: 'Indicators',
    sectionIntro: "The plan's indicators: the latest value, the change since the baseline and since the previous figure, and whether each is moving towards its target. The figures are the municipality's.",
    columns: { indicator: 'Indicator', latest: 'Latest value', sinceBaseline: 'Change since baseline', sincePrevious: 'Change since previous', target: 'Target', assessment: 'Assessment' },
    assessment: {
      reached: 'Target reached',
      'on-track': 'On track',
      'off-track': 'Not on track',
      unknown: 'Cannot be assessed yet',
      'no-target': 'No target',
      'no-figures': 'No figures',
    },
    path: (expected, year) => `a value on track in ${year} would be ${expected}`,
    trend: 'judged from the change since the previous figure, as the baseline has no figure',
    band: (percent) => `the target is to stay within ${percent}% of the target value`,
    deadline: (year) => `the target year ${year} has come`,
    direction: { increase: 'increases', decrease: 'decreases', maintain: 'stays the same' },
    inferred: 'direction read from the figures',
    figureOf: (value, year) => `${value} (${year})`,
    changeOf: (delta, from, to) => `${delta} (${from}–${to})`,
    better: 'towards the target',
    worse: 'away from the target',
    noBaseline: 'No baseline',
    noBaselineFigure: (year) => `No figure for the baseline year ${year}`,
    none: '–',
    stale: (date) => `The figures are not up to date (retrieved ${date}).`,
    tableCaption: 'The indicators at a glance',
    empty: 'The plan has no indicators.',
  },
};
