import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local stand-in for THL's Sotkanet REST API 1.1, a real HTTP server on a
 * free port that answers in the documented shapes (`/indicators`,
 * `/indicators/{id}`, `/regions`, `/json?indicator=…&years=…&genders=…`) with
 * a small, realistic data set. Any path prefix is accepted and recorded, so
 * that two server processes pointed at `…/a` and `…/b` can be told apart.
 * It can be switched to fail (500, garbage, a wrong shape, a hang) per
 * endpoint, to answer slowly, and it counts every request.
 */

export type Endpoint = 'indicators' | 'indicator' | 'regions' | 'json';
export type Failure = 'status500' | 'garbage' | 'wrong-shape' | 'hang' | 'huge';

export interface RecordedRequest {
  endpoint: Endpoint | 'unknown';
  /** The path before the endpoint (`/rest/1.1`, `/a/rest/1.1`). */
  prefix: string;
  query: URLSearchParams;
  userAgent: string;
  at: number;
}

interface Title {
  fi: string;
  sv: string;
  en: string;
}

const THL = { id: 2, title: { fi: 'Terveyden ja hyvinvoinnin laitos (THL)', sv: 'Institutet för hälsa och välfärd (THL)', en: 'Finnish Institute for Health and Welfare (THL)' } };
const STATISTICS_FINLAND = { id: 5, title: { fi: 'Tilastokeskus', sv: 'Statistikcentralen', en: 'Statistics Finland' } };

export interface StandInIndicator {
  id: number;
  title: Title;
  organization: { id: number; title: Title };
  unit: Title;
  decimals: number;
  range: { start: number; end: number };
  sexes: boolean;
  base: number;
}

export const STAND_IN_INDICATORS: StandInIndicator[] = [
  {
    id: 5,
    title: {
      fi: 'Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä',
      sv: 'Personer i åldern 25–64 år som fått utkomststöd, % av befolkningen i samma ålder',
      en: 'Social assistance recipients aged 25–64, % of total population of same age',
    },
    organization: THL,
    unit: { fi: 'prosenttia', sv: 'procent', en: 'per cent' },
    decimals: 1,
    range: { start: 2015, end: 2023 },
    sexes: true,
    base: 6,
  },
  {
    id: 127,
    title: { fi: 'Väestö 31.12.', sv: 'Befolkning 31.12.', en: 'Population on 31 December' },
    organization: STATISTICS_FINLAND,
    unit: { fi: 'lukumäärä', sv: 'antal', en: 'number' },
    decimals: 0,
    range: { start: 2015, end: 2024 },
    sexes: true,
    base: 50_000,
  },
  {
    id: 186,
    title: { fi: 'Kuolleisuus / 100 000 asukasta', sv: 'Dödlighet / 100 000 invånare', en: 'Mortality / 100 000 inhabitants' },
    organization: THL,
    unit: { fi: 'per 100 000 asukasta', sv: 'per 100 000 invånare', en: 'per 100 000 inhabitants' },
    decimals: 1,
    range: { start: 2016, end: 2023 },
    sexes: false,
    base: 900,
  },
  {
    id: 289,
    title: {
      fi: 'Koulukiusattuna vähintään kerran viikossa, % 8. ja 9. luokan oppilaista',
      sv: 'Mobbad i skolan minst en gång i veckan, % av eleverna i årskurs 8 och 9',
      en: 'Bullied at school at least once a week, % of 8th and 9th year pupils',
    },
    organization: THL,
    unit: { fi: 'prosenttia', sv: 'procent', en: 'per cent' },
    decimals: 1,
    range: { start: 2017, end: 2023 },
    sexes: true,
    base: 7,
  },
  {
    id: 3113,
    title: {
      fi: 'Yksinäisyyttä kokevien osuus (%), 20–64-vuotiaat',
      sv: 'Andel som upplever ensamhet (%), 20–64-åringar',
      en: 'Proportion of people experiencing loneliness (%), aged 20–64',
    },
    organization: THL,
    unit: { fi: 'prosenttia', sv: 'procent', en: 'per cent' },
    decimals: 1,
    range: { start: 2018, end: 2024 },
    sexes: true,
    base: 11,
  },
];

interface StandInRegion {
  id: number;
  code: string;
  category: string;
  title: Title;
  memberOf: number[];
}

/** Sotkanet's region ids are its own numbers, not the municipality codes. */
export const STAND_IN_REGIONS: StandInRegion[] = [
  { id: 658, code: '246', category: 'MAA', title: { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' }, memberOf: [] },
  { id: 1101, code: '32', category: 'HYVINVOINTIALUE', title: { fi: 'Itä-Uudenmaan hyvinvointialue', sv: 'Östra Nylands välfärdsområde', en: 'Wellbeing services county of East Uusimaa' }, memberOf: [658] },
  { id: 1110, code: '11', category: 'HYVINVOINTIALUE', title: { fi: 'Pohjois-Savon hyvinvointialue', sv: 'Norra Savolax välfärdsområde', en: 'Wellbeing services county of North Savo' }, memberOf: [658] },
  { id: 1104, code: '04', category: 'HYVINVOINTIALUE', title: { fi: 'Satakunnan hyvinvointialue', sv: 'Satakunta välfärdsområde', en: 'Wellbeing services county of Satakunta' }, memberOf: [658] },
  { id: 1190, code: '91', category: 'HYVINVOINTIALUE', title: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' }, memberOf: [658] },
  { id: 2001, code: '01', category: 'MAAKUNTA', title: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' }, memberOf: [658] },
  { id: 2011, code: '11', category: 'MAAKUNTA', title: { fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' }, memberOf: [658] },
  { id: 2004, code: '04', category: 'MAAKUNTA', title: { fi: 'Satakunta', sv: 'Satakunta', en: 'Satakunta' }, memberOf: [658] },
  { id: 421, code: '638', category: 'KUNTA', title: { fi: 'Porvoo', sv: 'Borgå', en: 'Porvoo' }, memberOf: [2001, 1101] },
  { id: 200, code: '297', category: 'KUNTA', title: { fi: 'Kuopio', sv: 'Kuopio', en: 'Kuopio' }, memberOf: [1110, 2011] },
  { id: 412, code: '609', category: 'KUNTA', title: { fi: 'Pori', sv: 'Björneborg', en: 'Pori' }, memberOf: [2004, 1104] },
  { id: 91, code: '091', category: 'KUNTA', title: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' }, memberOf: [2001, 1190] },
  { id: 30, code: '020', category: 'KUNTA', title: { fi: 'Akaa', sv: 'Akaa', en: 'Akaa' }, memberOf: [] },
];

/** The stand-in's figure for one row: deterministic, different per region, year and sex. */
export function standInValue(indicator: StandInIndicator, regionId: number, year: number, gender: string): number {
  const regionFactor = 1 + ((regionId % 17) - 8) / 40;
  const yearFactor = 1 + (year - 2015) * (indicator.id === 127 ? 0.004 : -0.02);
  const genderFactor = gender === 'male' ? 1.08 : gender === 'female' ? 0.92 : 1;
  const value = indicator.base * regionFactor * yearFactor * genderFactor;
  const scale = 10 ** indicator.decimals;
  return Math.round(value * scale) / scale;
}

export class SotkanetStandIn {
  readonly requests: RecordedRequest[] = [];
  private readonly failures = new Map<Endpoint, Failure>();
  private readonly delays = new Map<Endpoint, number>();
  private readonly sockets = new Set<Socket>();
  /** Titles served instead of the real ones (a hostile source). */
  titleOverride: ((indicator: StandInIndicator) => Title) | null = null;

  private constructor(
    private readonly server: Server,
    /** The catalogue it serves, each with its metadata and figures. */
    readonly indicators: readonly StandInIndicator[],
  ) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /**
   * Listens on `port` (a free one by default; give the same port again to come back after `stop`),
   * serving `indicators` (by default the five of `STAND_IN_INDICATORS`; `standInCatalogue()` is one of Sotkanet's size).
   */
  static async start(port = 0, indicators: readonly StandInIndicator[] = STAND_IN_INDICATORS): Promise<SotkanetStandIn> {
    let standIn: SotkanetStandIn | undefined;
    const server = createServer((req, res) => standIn!.handle(req, res));
    standIn = new SotkanetStandIn(server, indicators);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return standIn;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The base URL as `SOTKANET_URL` names it; `prefix` tells callers apart in `requests`. */
  url(prefix = ''): string {
    return `http://127.0.0.1:${this.port}${prefix}/rest/1.1`;
  }

  fail(endpoint: Endpoint, failure: Failure): void {
    this.failures.set(endpoint, failure);
  }

  failAll(failure: Failure): void {
    for (const endpoint of ['indicators', 'indicator', 'regions', 'json'] as const) this.fail(endpoint, failure);
  }

  delay(endpoint: Endpoint, ms: number): void {
    this.delays.set(endpoint, ms);
  }

  heal(): void {
    this.failures.clear();
    this.delays.clear();
    this.titleOverride = null;
  }

  count(endpoint?: Endpoint, prefix?: string): number {
    return this.requests.filter((r) => (endpoint === undefined || r.endpoint === endpoint) && (prefix === undefined || r.prefix.startsWith(prefix))).length;
  }

  resetCounts(): void {
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const match = /^(.*?)\/(indicators|regions|json)(?:\/(\d+))?\/?$/.exec(url.pathname);
    const endpoint: Endpoint | 'unknown' = !match ? 'unknown' : match[2] === 'indicators' ? (match[3] ? 'indicator' : 'indicators') : (match[2] as Endpoint);
    this.requests.push({ endpoint, prefix: match?.[1] ?? '', query: url.searchParams, userAgent: req.headers['user-agent'] ?? '', at: Date.now() });
    if (endpoint === 'unknown' || req.method !== 'GET') return this.send(res, 404, { error: 'not found' });
    const failure = this.failures.get(endpoint);
    const answer = () => {
      if (failure) return this.failWith(res, failure);
      switch (endpoint) {
        case 'indicators':
          return this.send(res, 200, this.indicators.map((i) => ({ id: i.id, title: this.titleOf(i), organization: i.organization })));
        case 'indicator':
          return this.sendIndicator(res, Number(match![3]));
        case 'regions':
          return this.send(res, 200, STAND_IN_REGIONS.map((r) => ({ ...r, uri: `http://meta.thl.fi/codes/sotkanet/alue/${r.id}` })));
        case 'json':
          return this.sendData(res, url.searchParams);
      }
    };
    const delay = this.delays.get(endpoint);
    if (delay) setTimeout(answer, delay);
    else answer();
  }

  private titleOf(indicator: StandInIndicator): Title {
    return this.titleOverride ? this.titleOverride(indicator) : indicator.title;
  }

  private sendIndicator(res: ServerResponse, id: number): void {
    const indicator = this.indicators.find((i) => i.id === id);
    if (!indicator) return this.send(res, 404, { error: 'indicator not found' });
    this.send(res, 200, {
      id,
      title: this.titleOf(indicator),
      description: { fi: `Indikaattorin ${id} kuvaus.`, sv: `Beskrivning av indikator ${id}.`, en: `Description of indicator ${id}.` },
      interpretation: { fi: '', sv: '', en: '' },
      limits: { fi: '', sv: '', en: '' },
      notices: { fi: '', sv: '', en: '' },
      primaryValueType: { code: indicator.decimals ? 'percent' : 'count', title: indicator.unit },
      decimals: indicator.decimals,
      range: indicator.range,
      'data-updated': '2025-03-14',
      organization: indicator.organization,
      classifications: {
        region: { values: ['KUNTA', 'HYVINVOINTIALUE', 'MAAKUNTA', 'MAA'] },
        sex: { values: indicator.sexes ? ['male', 'female', 'total'] : ['total'] },
      },
    });
  }

  /** Every region's rows, whatever `regions=` says: the caller filters (as public clients report of Sotkanet). */
  private sendData(res: ServerResponse, query: URLSearchParams): void {
    const indicator = this.indicators.find((i) => i.id === Number(query.get('indicator')));
    if (!indicator) return this.send(res, 200, []);
    const years = query.getAll('years').map(Number);
    const genders = query.getAll('genders');
    const rows: Array<Record<string, unknown>> = [];
    for (const region of STAND_IN_REGIONS) {
      for (const year of years) {
        if (year < indicator.range.start || year > indicator.range.end) continue;
        for (const gender of genders) {
          if (!indicator.sexes && gender !== 'total') continue;
          const value = standInValue(indicator, region.id, year, gender);
          rows.push({ indicator: indicator.id, region: region.id, year, gender, value, ...(indicator.id === 5 ? { absValue: Math.round(value * 400) } : {}) });
        }
      }
    }
    this.send(res, 200, rows);
  }

  private failWith(res: ServerResponse, failure: Failure): void {
    switch (failure) {
      case 'status500':
        res.writeHead(500, { 'Content-Type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
        return;
      case 'garbage':
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"id": 5, "title": {"fi": "Toimeentulo');
        return;
      case 'wrong-shape':
        this.send(res, 200, { message: 'Service temporarily moved', items: [{ id: 'five', title: 42 }] });
        return;
      case 'huge':
        // An answer far larger than any real one: the client must stop reading, not fill its memory.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('[');
        this.writeForever(res);
        return;
      case 'hang':
        // Accepts the request and never answers.
        return;
    }
  }

  private writeForever(res: ServerResponse): void {
    const chunk = `${'{"indicator":5,"region":1,"year":2020,"gender":"total","value":1},'.repeat(2000)}`;
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) {
        // keep writing until the socket pushes back
      }
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  }
}
