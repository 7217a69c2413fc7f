import { createServer, Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The operational routes a management port serves (and the API port then does not). */
export const MANAGEMENT_PATHS = ['/health/live', '/health/ready', '/metrics'];

export function isManagementPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return MANAGEMENT_PATHS.includes(path);
}

/**
 * Serves health and metrics on a port of their own (`MANAGEMENT_PORT`), for probes and Prometheus
 * inside the cluster, while the API port, the one exposed to callers, no longer answers them. A
 * GET of a management path is answered by the application itself (in-process, no second router);
 * anything else is 404.
 */
export async function serveManagement(app: NestFastifyApplication, port: number, host: string): Promise<Server> {
  const fastify = app.getHttpAdapter().getInstance();
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || !isManagementPath(request.url)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a management path\n');
      return;
    }
    void fastify
      .inject({ method: 'GET', url: request.url!, headers: { 'x-civic-management': MANAGEMENT_TOKEN } })
      .then((answer) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) headers[name] = String(value);
        response.writeHead(answer.statusCode, headers).end(answer.rawPayload);
      })
      .catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/**
 * Marks the management server's in-process requests, which the API port's hook lets through. A
 * random value per process: a caller of the API port cannot present it.
 */
const MANAGEMENT_TOKEN = `${process.pid}-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

/** On the API port, with a management port configured: health and metrics are not there (404). */
export function hideManagementPaths(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (isManagementPath(request.url) && request.headers['x-civic-management'] !== MANAGEMENT_TOKEN) {
        await reply.code(404).header('content-type', 'application/problem+json; charset=utf-8').send({
          type: 'urn:civic:problem:not-found',
          title: 'Not Found',
          status: 404,
          detail: 'health and metrics are served on the management port',
          code: 'NOT_FOUND',
        });
      }
    });
}
