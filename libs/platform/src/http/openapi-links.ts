import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * OpenAPI `links` from each create to what can be done with what it created, derived from the paths
 * so that no controller lists them: a POST on `/x` (or `/x/{id}/y`) whose success body names the new
 * record links to every operation under `/x/{param}`, filling `param` from the body (`id`, or the
 * field of the same name, such as a programme `code`) and the source's own path parameters from the
 * request. Client generators show them as "next steps"; Schemathesis follows them in its stateful phase.
 */
export function withCreateThenReadLinks(document: OpenAPIObject): OpenAPIObject {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => (item as Json)[m]).map((method) => ({ path, method, operation: (item as Json)[method] as Json })),
  );
  for (const source of operations) {
    if (source.method !== 'post' || !source.path.startsWith('/api/')) continue;
    for (const [status, response] of Object.entries(source.operation.responses ?? {}) as [string, Json][]) {
      if (!/^2\d\d$/.test(status)) continue;
      const fields = bodyFields(response.content?.['application/json']?.schema, document);
      if (!fields) continue;
      const links: Json = {};
      for (const target of operations) {
        const param = recordParameter(source.path, target.path);
        const from = param && (fields.has(param) ? param : /^(id|[a-z]+Id)$/.test(param) && fields.has('id') ? 'id' : undefined);
        if (!from || !target.operation.operationId) continue;
        const parameters: Json = { [param]: `$response.body#/${from}` };
        for (const name of pathParameters(source.path)) parameters[name] = `$request.path.${name}`;
        links[target.operation.operationId] = { operationId: target.operation.operationId, parameters };
      }
      if (Object.keys(links).length) response.links = links;
    }
  }
  return document;
}

/** The parameter naming the created record when `target` lies under `source/{param}`. */
function recordParameter(source: string, target: string): string | undefined {
  const match = /^\/\{([A-Za-z]\w*)\}(\/.*)?$/.exec(target.slice(source.length));
  return target.startsWith(`${source}/`) && match ? match[1] : undefined;
}

function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]);
}

/** Top-level property names of a response body schema (through one `$ref`), or undefined. */
function bodyFields(schema: Json | undefined, document: OpenAPIObject): Set<string> | undefined {
  const ref = typeof schema?.$ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(schema.$ref) : null;
  const resolved = (ref ? (document.components?.schemas as Json | undefined)?.[ref[1]] : schema) as Json | undefined;
  return resolved?.properties ? new Set(Object.keys(resolved.properties)) : undefined;
}
