/** A small REST client for tests: a bearer token and JSON in and out. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    public token?: string,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const response = await client.request('POST', '/api/session', { email, password });
    if (response.status !== 200) throw new Error(`Login failed: ${response.status} ${JSON.stringify(response.body)}`);
    client.token = (response.body as { token: string }).token;
    return client;
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** A measure table file (CSV, XLSX) imported as a new plan: the raw response, for its status and body. */
  importTable = (title: string, body: Uint8Array<ArrayBuffer> | string, type: string): Promise<Response> =>
    fetch(`${this.baseUrl}/api/plans/import?title=${encodeURIComponent(title)}`, {
      method: 'POST',
      headers: { ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}), 'Content-Type': type },
      body,
    });

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown) => this.request('POST', path, body);
}

/** A plan of the plan list, found by its title (the seeded demo plan, say). */
export async function findPlan(api: ApiClient, title: string): Promise<{ id: string; title: string; groupId: string }> {
  const plans = (await api.get('/api/plans')).body as Array<{ id: string; title: string; groupId: string }>;
  const plan = plans.find((p) => p.title === title);
  if (!plan) throw new Error(`no plan "${title}"`);
  return plan;
}
