import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages';
import {
  DEFAULT_STATUS,
  isStatus,
  isTargetGroup,
  parseStatus,
  parseTargetGroup,
  STATUS_COLORS,
  STATUS_LABELS_FI,
  STATUS_WORDING,
  STATUSES,
  statusWordsIn,
  TARGET_GROUP_LABELS_FI,
  TARGET_GROUPS,
} from './status';

describe('status vocabulary', () => {
  it('has the four statuses with their colours and official Finnish wording', () => {
    expect(STATUSES).toEqual(['done', 'started', 'not-started', 'unassessed']);
    expect(DEFAULT_STATUS).toBe('unassessed');
    expect(STATUS_COLORS).toEqual({ done: 'green', started: 'yellow', 'not-started': 'red', unassessed: 'grey' });
    expect(STATUS_LABELS_FI.done).toBe('viety suunnitellusti loppuun');
    expect(STATUS_LABELS_FI.started).toBe('suunnitteluasteella tai aloitettu');
    expect(STATUS_LABELS_FI['not-started']).toBe('ei toteutunut tai ei aloitettu');
    expect(STATUS_LABELS_FI.unassessed).toBe('ei arvioitu');
  });

  it('words each status once per language: one short name, one legend, one colour, all different', () => {
    expect(statusWordsIn('fi', 'short')).toEqual({ done: 'Valmis', started: 'Aloitettu', 'not-started': 'Ei aloitettu', unassessed: 'Ei arvioitu' });
    for (const language of LANGUAGES) {
      for (const word of ['short', 'long', 'color'] as const) {
        const words = STATUSES.map((status) => STATUS_WORDING[language][status][word]);
        expect(new Set(words).size, `${language} ${word}`).toBe(STATUSES.length);
        for (const text of words) expect(text.trim()).not.toBe('');
      }
    }
  });

  it('reads back every wording it prints, in every language', () => {
    for (const language of LANGUAGES) {
      for (const status of STATUSES) {
        const { short, long, color } = STATUS_WORDING[language][status];
        for (const text of [short, long, color, short.toUpperCase()]) expect(parseStatus(text), `${language} ${text}`).toBe(status);
      }
    }
    // Words the app printed before its wording was one.
    expect(parseStatus('Toteutunut')).toBe('done');
    expect(parseStatus('Ei toteutunut')).toBe('not-started');
    expect(parseStatus('Genomförd')).toBe('done');
  });

  it('recognises only the keys as statuses', () => {
    for (const s of STATUSES) expect(isStatus(s)).toBe(true);
    for (const v of ['Done', 'green', '', null, 3, undefined]) expect(isStatus(v)).toBe(false);
  });

  it('parses status cells tolerantly', () => {
    expect(parseStatus(' DONE ')).toBe('done');
    expect(parseStatus('Viety suunnitellusti loppuun.')).toBe('done');
    expect(parseStatus('keltainen')).toBe('started');
    expect(parseStatus('red')).toBe('not-started');
    expect(parseStatus('')).toBe('unassessed');
    expect(parseStatus('maybe')).toBeUndefined();
    expect(parseStatus(7)).toBeUndefined();
  });
});

describe('target groups', () => {
  it('has four keys with canonical Finnish labels', () => {
    expect(TARGET_GROUPS).toEqual(['children-youth', 'working-age', 'older-people', 'all']);
    expect(TARGET_GROUP_LABELS_FI['children-youth']).toBe('lapset ja nuoret');
    expect(isTargetGroup('all')).toBe(true);
    expect(isTargetGroup('')).toBe(false);
  });

  it.each([
    ['lapset ja nuoret', 'children-youth'],
    ['Lapset ja nuoret', 'children-youth'],
    ['  LAPSET  JA NUORET. ', 'children-youth'],
    ['lasten ja nuorten', 'children-youth'],
    ['lapsiperheet', 'children-youth'],
    ['työikäiset', 'working-age'],
    ['Työikäinen väestö', 'working-age'],
    ['ikäihmiset', 'older-people'],
    ['Ikääntyneet', 'older-people'],
    ['kaikki', 'all'],
    ['Kaikki ikäryhmät', 'all'],
    ['eri-ikäiset', 'all'],
    ['children-youth', 'children-youth'],
    ['older-people', 'older-people'],
    ['barn och unga', 'children-youth'],
    ['äldre', 'older-people'],
    ['lapset ja ikäihmiset', ''],
    ['toimialat', ''],
    ['', ''],
  ])('maps %j to %j', (text, key) => {
    expect(parseTargetGroup(text)).toBe(key);
  });

  it('maps non-strings to not set', () => {
    expect(parseTargetGroup(undefined)).toBe('');
    expect(parseTargetGroup(42)).toBe('');
  });
});
