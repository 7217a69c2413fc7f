import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * A `fetch` that serves requests through the app's Fastify inject, for the typed clients in tests:
 * the whole HTTP stack (auth, validation, serialisation) runs, without a listening port.
 */
export function injectFetch(app: NestFastifyApplication): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const reply = await app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      payload: body,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(reply.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const empty = reply.statusCode === 204 || reply.statusCode === 304;
    return new Response(empty ? null : reply.rawPayload, { status: reply.statusCode, headers });
  };
}
