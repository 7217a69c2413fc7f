import type { FastifyInstance } from 'fastify';
import FindMyWay from 'find-my-way';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Which methods a path answers, from the routes the app registers (Fastify's own router type,
 * find-my-way, matches the same patterns). A request with another method on a known path is 405
 * with `Allow`, not 404.
 */
export function recordAllowedMethods(fastify: FastifyInstance): void {
  const routes = FindMyWay();
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (!METHODS.includes(method as (typeof METHODS)[number]) || routes.hasRoute(method as 'GET', route.url)) continue;
      routes.on(method as 'GET', route.url, () => undefined);
    }
  });
  fastify.decorate('allowedMethods', (path: string) => METHODS.filter((method) => routes.find(method, path)));
}

/** The methods the path answers, or [] when nothing is routed there (or the app records none). */
export function allowedMethodsOf(request: { server?: unknown; url?: string }): string[] {
  const allowed = (request.server as { allowedMethods?: (path: string) => string[] } | undefined)?.allowedMethods;
  return allowed ? allowed((request.url ?? '').split('?')[0]) : [];
}
