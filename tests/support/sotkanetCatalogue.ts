/**
 * A catalogue of Sotkanet's size for the stand-in (`SotkanetStandIn.start(0,
 * standInCatalogue())`): about 3,700 indicators, as Sotkanet lists, with
 * titles in Finnish, Swedish and English made of the words its titles use
 * (a topic, a population group, a measure), producers and figures. The five
 * indicators of `STAND_IN_INDICATORS` come first, with their own ids.
 */
import { STAND_IN_INDICATORS, type StandInIndicator } from './sotkanetStandIn';

interface Words {
  fi: string;
  sv: string;
  en: string;
}

const TOPICS: Words[] = [
  { fi: 'Toimeentulotukea saaneet', sv: 'Personer som fått utkomststöd', en: 'Social assistance recipients' },
  { fi: 'Koulukiusattuna vähintään kerran viikossa', sv: 'Mobbad i skolan minst en gång i veckan', en: 'Bullied at school at least once a week' },
  { fi: 'Yksinäisyyttä kokevat', sv: 'Personer som upplever ensamhet', en: 'People experiencing loneliness' },
  { fi: 'Päivittäin tupakoivat', sv: 'Dagligrökare', en: 'Daily smokers' },
  { fi: 'Liikuntaa harrastavat vähintään tunnin päivässä', sv: 'Motionerar minst en timme om dagen', en: 'Physically active at least an hour a day' },
  { fi: 'Ylipainoiset', sv: 'Överviktiga', en: 'Overweight' },
  { fi: 'Pitkäaikaistyöttömät', sv: 'Långtidsarbetslösa', en: 'Long-term unemployed' },
  { fi: 'Koulutuksen ulkopuolelle jääneet', sv: 'Utanför utbildning', en: 'Not in education' },
  { fi: 'Humalahakuisesti alkoholia käyttävät', sv: 'Berusningsinriktat alkoholbruk', en: 'Binge drinkers' },
  { fi: 'Ahdistuneisuutta kokevat', sv: 'Upplever ångest', en: 'Experiencing anxiety' },
  { fi: 'Kodin ulkopuolelle sijoitetut', sv: 'Placerade utom hemmet', en: 'Placed outside the home' },
  { fi: 'Terveytensä keskinkertaiseksi tai huonoksi kokevat', sv: 'Upplever sin hälsa som medelmåttig eller dålig', en: 'Perceiving their health as average or poor' },
  { fi: 'Harrastuksissa käyvät', sv: 'Deltar i hobbyer', en: 'Taking part in hobbies' },
  { fi: 'Kotihoidon asiakkaat', sv: 'Klienter inom hemvården', en: 'Home care clients' },
  { fi: 'Ikääntyneiden kaatumisiin liittyvät hoitojaksot', sv: 'Vårdperioder i samband med fall bland äldre', en: 'Fall-related care periods of older people' },
  { fi: 'Lastensuojelun avohuollon asiakkaat', sv: 'Klienter inom öppenvården i barnskyddet', en: 'Clients of community-based child welfare' },
  { fi: 'Mielenterveyden häiriöihin sairauspäivärahaa saaneet', sv: 'Sjukdagpenning på grund av psykisk störning', en: 'Sickness allowance for mental disorders' },
  { fi: 'Kuntoutuspalveluja käyttäneet', sv: 'Använt rehabiliteringstjänster', en: 'Used rehabilitation services' },
  { fi: 'Vähintään kerran viikossa kannabista kokeilleet', sv: 'Prövat cannabis minst en gång i veckan', en: 'Tried cannabis at least once a week' },
  { fi: 'Vapaa-ajan liikuntaa harrastamattomat', sv: 'Motionerar inte på fritiden', en: 'No leisure-time physical activity' },
];

const GROUPS: Words[] = [
  { fi: '8. ja 9. luokan oppilaat', sv: 'elever i årskurs 8 och 9', en: '8th and 9th year pupils' },
  { fi: '4. ja 5. luokan oppilaat', sv: 'elever i årskurs 4 och 5', en: '4th and 5th year pupils' },
  { fi: 'lukion 1. ja 2. vuoden opiskelijat', sv: 'gymnasieelever år 1 och 2', en: '1st and 2nd year upper secondary students' },
  { fi: 'ammatillisen oppilaitoksen opiskelijat', sv: 'studerande vid yrkesläroanstalter', en: 'vocational school students' },
  { fi: '20–64-vuotiaat', sv: '20–64-åringar', en: 'aged 20–64' },
  { fi: '25–64-vuotiaat', sv: '25–64-åringar', en: 'aged 25–64' },
  { fi: '65–74-vuotiaat', sv: '65–74-åringar', en: 'aged 65–74' },
  { fi: '75 vuotta täyttäneet', sv: '75 år fyllda', en: 'aged 75 and over' },
  { fi: '18–24-vuotiaat', sv: '18–24-åringar', en: 'aged 18–24' },
  { fi: '0–17-vuotiaat', sv: '0–17-åringar', en: 'aged 0–17' },
];

const MEASURES: Array<Words & { decimals: number; base: number }> = [
  { fi: '% ikäryhmästä', sv: '% av åldersgruppen', en: '% of age group', decimals: 1, base: 12 },
  { fi: 'ikävakioitu, %', sv: 'åldersstandardiserad, %', en: 'age-standardised, %', decimals: 1, base: 9 },
  { fi: '/ 1 000 vastaavanikäistä', sv: '/ 1 000 i samma ålder', en: '/ 1,000 persons of same age', decimals: 1, base: 40 },
  { fi: 'lukumäärä', sv: 'antal', en: 'number', decimals: 0, base: 800 },
  { fi: '/ 100 000 asukasta', sv: '/ 100 000 invånare', en: '/ 100 000 inhabitants', decimals: 1, base: 250 },
];

const PRODUCERS = [
  { id: 2, title: { fi: 'Terveyden ja hyvinvoinnin laitos (THL)', sv: 'Institutet för hälsa och välfärd (THL)', en: 'Finnish Institute for Health and Welfare (THL)' } },
  { id: 5, title: { fi: 'Tilastokeskus', sv: 'Statistikcentralen', en: 'Statistics Finland' } },
  { id: 7, title: { fi: 'Kansaneläkelaitos (Kela)', sv: 'Folkpensionsanstalten (FPA)', en: 'Social Insurance Institution (Kela)' } },
];

/** The stand-in's five, then generated indicators up to `size` (ids from 10 000 on), each with figures 2013–2024. */
export function standInCatalogue(size = 3_700): StandInIndicator[] {
  const catalogue: StandInIndicator[] = [...STAND_IN_INDICATORS];
  for (let n = 0; catalogue.length < size; n++) {
    const topic = TOPICS[n % TOPICS.length]!;
    const group = GROUPS[Math.floor(n / TOPICS.length) % GROUPS.length]!;
    const measure = MEASURES[Math.floor(n / (TOPICS.length * GROUPS.length)) % MEASURES.length]!;
    // Past every combination once, a survey's later round: the same words with its years.
    const round = Math.floor(n / (TOPICS.length * GROUPS.length * MEASURES.length));
    const suffix = round > 0 ? ` (${2000 + round * 2}–)` : '';
    catalogue.push({
      id: 10_000 + n,
      title: {
        fi: `${topic.fi}, ${measure.fi} (${group.fi})${suffix}`,
        sv: `${topic.sv}, ${measure.sv} (${group.sv})${suffix}`,
        en: `${topic.en}, ${measure.en} (${group.en})${suffix}`,
      },
      organization: PRODUCERS[n % PRODUCERS.length]!,
      unit: measure.decimals === 0 ? { fi: 'lukumäärä', sv: 'antal', en: 'number' } : { fi: 'prosenttia', sv: 'procent', en: 'per cent' },
      decimals: measure.decimals,
      range: { start: 2013 + (n % 3), end: 2024 - (n % 2) },
      sexes: n % 4 !== 0,
      base: measure.base * (1 + (n % 7) / 10),
    });
  }
  return catalogue;
}
