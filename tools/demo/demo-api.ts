/** A service's answer: its status and JSON body (problem details when it refused). */
export interface Answer<T = any> {
  status: number;
  body: T;
}

/** A request the demo could not make good: the service's answer says why. */
export class DemoStepError extends Error {
  constructor(
    readonly step: string,
    readonly answer: Answer,
  ) {
    super(`${step}: ${answer.status} ${typeof answer.body === 'string' ? answer.body.slice(0, 300) : JSON.stringify(answer.body).slice(0, 600)}`);
  }
}

/**
 * The public API of the started platform, as an integrator calls it: JSON over HTTP with a bearer
 * token, one base URL per service. The demo changes nothing any other way.
 */
export class DemoApi {
  constructor(
    private readonly baseUrls: Record<string, string>,
    private readonly token: string,
  ) {}

  async request<T = any>(service: string, method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const res = await fetch(`${this.baseUrls[service]}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text };
  }

  get<T = any>(service: string, path: string): Promise<Answer<T>> {
    return this.request<T>(service, 'GET', path);
  }

  /** POSTs and returns the body of a 2xx answer; anything else stops the demo, naming the step. */
  async post<T = any>(service: string, path: string, body: unknown, step = `POST ${service} ${path}`): Promise<T> {
    const answer = await this.request<T>(service, 'POST', path, body);
    if (answer.status >= 300) throw new DemoStepError(step, answer);
    return answer.body;
  }

  /** The items of a list (the first page of up to 200 is plenty for the demo's small city). */
  async list<T = any>(service: string, path: string): Promise<T[]> {
    const answer = await this.get<{ items: T[] }>(service, `${path}${path.includes('?') ? '&' : '?'}limit=200`);
    if (answer.status !== 200) throw new DemoStepError(`GET ${service} ${path}`, answer);
    return answer.body.items;
  }
}
