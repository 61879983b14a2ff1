import { describe, expect, it } from 'vitest';
import porvoo from '../demo/porvoo-measures.json';
import { isEntityId } from './ids';
import { nameKey, splitGroupLabels, splitPartyNames, splitProjectNames, uniqueNames, vocabularyId } from './vocabularyNames';

/** Every `responsible` text of the Porvoo measure table, and the parties it names. */
const PORVOO_SPLITS: Record<string, string[]> = {
  'hallintojohto ja viestintä': ['hallintojohto ja viestintä'],
  'kaikki toimialat': ['kaikki toimialat'],
  'hallintojohto ja rahoitusjohto': ['hallintojohto ja rahoitusjohto'],
  'moni toimija yhdessä, erityisesti palveluyksiköt': ['moni toimija yhdessä', 'erityisesti palveluyksiköt'],
  'kaupungin johtoryhmä ja päättäjät': ['kaupungin johtoryhmä ja päättäjät'],
  'kaikki toimialat, erityisesti viestintä': ['kaikki toimialat', 'erityisesti viestintä'],
  'kaikki toimialat, kehittämisyksikkö': ['kaikki toimialat', 'kehittämisyksikkö'],
  'toimialat, hyvinvointialue, HUS, sidosryhmäkumppanit': ['toimialat', 'hyvinvointialue', 'HUS', 'sidosryhmäkumppanit'],
  'kaupungin johtoryhmä': ['kaupungin johtoryhmä'],
  Hyvis: ['Hyvis'],
  sivistystoimi: ['sivistystoimi'],
  'sivistystoimi, kaupunkikehitys': ['sivistystoimi', 'kaupunkikehitys'],
  'moni toimija yhdessä, valmistelussa oleva kulttuuriohjelma': ['moni toimija yhdessä', 'valmistelussa oleva kulttuuriohjelma'],
  'Työikäisten työryhmä': ['Työikäisten työryhmä'],
  'Ikäihmisten työryhmä': ['Ikäihmisten työryhmä'],
  'kaupungin johtoryhmä (ehkäisevän päihdetyön linjaus), Hyvis, Työikäisten työryhmä, Ikäihmisten työryhmä': [
    'kaupungin johtoryhmä (ehkäisevän päihdetyön linjaus)',
    'Hyvis',
    'Työikäisten työryhmä',
    'Ikäihmisten työryhmä',
  ],
  'tilapalvelut, sivistystoimi': ['tilapalvelut', 'sivistystoimi'],
  'nuorisopalvelut, liikuntapalvelut, Kombi': ['nuorisopalvelut', 'liikuntapalvelut', 'Kombi'],
  Kombi: ['Kombi'],
  'tilapalvelut, sivistystoimi, Kombi, liikuntapalvelut, viestintä': ['tilapalvelut', 'sivistystoimi', 'Kombi', 'liikuntapalvelut', 'viestintä'],
  'viestintä ja toimialat yhdessä': ['viestintä ja toimialat yhdessä'],
  'Digiohjelman toimenpiteet ja nimetty työryhmä': ['Digiohjelman toimenpiteet ja nimetty työryhmä'],
  palveluyksiköt: ['palveluyksiköt'],
  'viestintä ja markkinointi': ['viestintä ja markkinointi'],
  hallintojohto: ['hallintojohto'],
  Turvallisuustyöryhmä: ['Turvallisuustyöryhmä'],
  'Itä-Uudenmaan turvallisuustyöryhmä, Porvoon turvallisuustyöryhmä ja Porvoon liikenneturvallisuustyöryhmä, PALVE pari- ja lähisuhdeväkivallan ehkäisytyöryhmä; turvallisuussuunnitelmat sekä mm. lasten ja nuorten hyvinvointisuunnitelma, ikääntyvien hyvinvointisuunnitelma ja mielenterveys- ja päihdesuunnitelma ja niihin liittyvät työryhmät':
    [
      'Itä-Uudenmaan turvallisuustyöryhmä',
      'Porvoon turvallisuustyöryhmä ja Porvoon liikenneturvallisuustyöryhmä',
      // "pari-" ends a compound's first half: not the end of a name (the old report split "PALVE pari-" off).
      'PALVE pari- ja lähisuhdeväkivallan ehkäisytyöryhmä',
      'turvallisuussuunnitelmat sekä mm. lasten ja nuorten hyvinvointisuunnitelma',
      'ikääntyvien hyvinvointisuunnitelma ja mielenterveys- ja päihdesuunnitelma ja niihin liittyvät työryhmät',
    ],
  'kaupungin johtoryhmä ja toimialat': ['kaupungin johtoryhmä ja toimialat'],
  'nimetty työryhmä': ['nimetty työryhmä'],
  'kaikki toimialat yhdessä': ['kaikki toimialat yhdessä'],
  kaupunkikehitys: ['kaupunkikehitys'],
  liikuntapalvelut: ['liikuntapalvelut'],
  'moni toimija yhdessä': ['moni toimija yhdessä'],
};

const letters = (texts: string[]) => texts.join('').replace(/[\s,;]/g, '');

describe('splitting a responsible text into parties', () => {
  it('splits every responsible text of the Porvoo table as expected, and drops only separators', () => {
    const measures = porvoo.focusAreas.flatMap((fa) => fa.goals.flatMap((goal) => goal.measures));
    expect(measures).toHaveLength(41);
    for (const measure of measures) {
      const text = measure.responsible ?? '';
      expect(PORVOO_SPLITS, `no expected split for ${JSON.stringify(text)}`).toHaveProperty([text]);
      expect(splitPartyNames(text), text).toEqual(PORVOO_SPLITS[text]);
      expect(letters(splitPartyNames(text))).toBe(letters([text]));
    }
  });

  it('keeps a word cut short by a hyphen with the rest of its compound', () => {
    expect(splitPartyNames('Mielenterveys- ja päihdesuunnitelma')).toEqual(['Mielenterveys- ja päihdesuunnitelma']);
    expect(splitPartyNames('Sivistys- ja vapaa-aikatoimi')).toEqual(['Sivistys- ja vapaa-aikatoimi']);
    expect(splitPartyNames('Sosiaali- ja terveystoimi, nuorisopalvelut')).toEqual(['Sosiaali- ja terveystoimi', 'nuorisopalvelut']);
    expect(splitPartyNames('liikunta-, kulttuuri- ja vapaa-aikapalvelut, Kombi')).toEqual(['liikunta-, kulttuuri- ja vapaa-aikapalvelut', 'Kombi']);
    expect(splitPartyNames('hyvinvointi-, terveys- tai turvallisuustyöryhmä')).toEqual(['hyvinvointi-, terveys- tai turvallisuustyöryhmä']);
    expect(splitPartyNames('Sosiaali-\nja terveystoimi\nnuorisopalvelut')).toEqual(['Sosiaali- ja terveystoimi', 'nuorisopalvelut']);
  });

  it('separates at commas, semicolons and line breaks, never inside brackets, and drops list markers', () => {
    expect(splitPartyNames('a, b; c\nd\r\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(splitPartyNames('Sivistystoimi (varhaiskasvatus, perusopetus), Kombi')).toEqual(['Sivistystoimi (varhaiskasvatus, perusopetus)', 'Kombi']);
    expect(splitPartyNames('• sivistystoimi\n- nuorisopalvelut\n–  Kombi')).toEqual(['sivistystoimi', 'nuorisopalvelut', 'Kombi']);
    expect(splitPartyNames('  a  ,, ;\n  ')).toEqual(['a']);
    expect(splitPartyNames('')).toEqual([]);
  });

  it('keeps hostile names whole: HTML, emoji, only punctuation, very long', () => {
    expect(splitPartyNames('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
    expect(splitPartyNames('👩‍👩‍👧 perheet, 🧓')).toEqual(['👩‍👩‍👧 perheet', '🧓']);
    expect(splitPartyNames('!!! , ...')).toEqual(['!!!', '...']);
    const long = 'x'.repeat(10_000);
    expect(splitPartyNames(long)).toEqual([long]);
  });

  it('splits target groups at commas and project names only at semicolons and line breaks', () => {
    expect(splitGroupLabels('lapset ja nuoret, ikäihmiset')).toEqual(['lapset ja nuoret', 'ikäihmiset']);
    expect(splitProjectNames('Asunnottomuuden puolittaminen Porissa, Aspu-hanke\nHealint')).toEqual([
      'Asunnottomuuden puolittaminen Porissa, Aspu-hanke',
      'Healint',
    ]);
  });
});

describe('names as identities', () => {
  it('counts the same name ignoring case, extra spaces and a closing full stop as one', () => {
    expect(nameKey('  Nuoriso  Palvelut. ')).toBe(nameKey('nuoriso palvelut'));
    expect(nameKey('URBACT\u00a0iPlace')).toBe(nameKey('urbact iplace'));
    expect(nameKey('...')).toBe('...');
    expect(uniqueNames(['Hyvis', 'hyvis', ' HYVIS ', 'Kombi', ''])).toEqual(['Hyvis', 'Kombi']);
  });

  it('gives one id per name, the same on every run, always a valid entity id', () => {
    expect(vocabularyId('Nuorisopalvelut')).toBe(vocabularyId('  nuorisopalvelut '));
    expect(vocabularyId('Nuorisopalvelut')).toMatch(/^nuorisopalvelut-[A-Za-z0-9_-]{12}$/);
    expect(vocabularyId('Nuorisopalvelut', 1)).not.toBe(vocabularyId('Nuorisopalvelut'));
    expect(vocabularyId('Ikäihmiset')).toMatch(/^ikaihmiset-/);
    for (const name of ['🧓', '<b>', 'x'.repeat(10_000), 'Åbo Akademi', '...']) expect(isEntityId(vocabularyId(name)), name).toBe(true);
    const ids = new Set(Array.from({ length: 2000 }, (_, i) => vocabularyId(`työryhmä ${i}`)));
    expect(ids.size).toBe(2000);
  });
});
