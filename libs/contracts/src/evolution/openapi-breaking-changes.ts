import { Comparison, resolverOf, schemaBreaks } from './schema-compatibility';

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * What a client generated from `base` would find broken in `current` (oasdiff-style rules): a removed
 * operation or success status, a new required or removed parameter (unknown ones are refused), a
 * request that accepts less, a response that promises less.
 */
export function openApiBreakingChanges(base: Json, current: Json): string[] {
  const request: Comparison = { base: resolverOf(base), current: resolverOf(current), directions: ['request'] };
  const response: Comparison = { ...request, directions: ['response'] };
  const currentPaths = new Map(Object.entries<Json>(current.paths ?? {}).map(([path, item]) => [templateOf(path), item]));
  const found: string[] = [];
  for (const [path, baseItem] of Object.entries<Json>(base.paths ?? {})) {
    const currentItem = currentPaths.get(templateOf(path));
    for (const method of METHODS) {
      const baseOperation = baseItem[method];
      if (!baseOperation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operation = currentItem?.[method];
      if (!operation) {
        found.push(`${where}: operation removed`);
        continue;
      }
      found.push(...parameterBreaks(baseOperation, operation, where, request));
      found.push(...bodyBreaks(baseOperation.requestBody, operation.requestBody, where, request));
      for (const [status, baseResponse] of Object.entries<Json>(baseOperation.responses ?? {})) {
        if (!/^2\d\d$/.test(status)) continue;
        const currentResponse = operation.responses?.[status];
        if (!currentResponse) {
          found.push(`${where}: success status ${status} removed`);
          continue;
        }
        for (const [mediaType, content] of Object.entries<Json>(baseResponse.content ?? {})) {
          const currentContent = currentResponse.content?.[mediaType];
          if (!currentContent) found.push(`${where} ${status}: no longer answers ${mediaType}`);
          else found.push(...schemaBreaks(content.schema, currentContent.schema, `${where} ${status} body`, response));
        }
      }
    }
  }
  return found;
}

/** `/a/{id}/b` and `/a/{key}/b` are one operation: a renamed path parameter does not break a caller. */
function templateOf(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}');
}

function parameterBreaks(baseOperation: Json, operation: Json, where: string, how: Comparison): string[] {
  const keyOf = (p: Json) => `${p.in}:${p.in === 'header' ? String(p.name).toLowerCase() : p.name}`;
  const baseParameters = new Map<string, Json>((baseOperation.parameters ?? []).filter((p: Json) => p.in !== 'path').map((p: Json) => [keyOf(p), p]));
  const found: string[] = [];
  for (const parameter of (operation.parameters ?? []) as Json[]) {
    if (parameter.in === 'path') continue;
    const before = baseParameters.get(keyOf(parameter));
    if (!before && parameter.required) found.push(`${where}: new required ${parameter.in} parameter ${parameter.name}`);
    if (before && parameter.required && !before.required) found.push(`${where}: ${parameter.in} parameter ${parameter.name} is now required`);
    if (before) found.push(...schemaBreaks(before.schema, parameter.schema, `${where} ${parameter.in} ${parameter.name}`, how));
    baseParameters.delete(keyOf(parameter));
  }
  for (const removed of baseParameters.values()) {
    // The platform refuses unknown query parameters: a caller still sending one would get 400.
    if (removed.in === 'query') found.push(`${where}: query parameter ${removed.name} removed`);
  }
  const basePath = (baseOperation.parameters ?? []).filter((p: Json) => p.in === 'path');
  const currentPath = (operation.parameters ?? []).filter((p: Json) => p.in === 'path');
  basePath.forEach((p: Json, i: number) => found.push(...schemaBreaks(p.schema, currentPath[i]?.schema, `${where} path parameter ${p.name}`, how)));
  return found;
}

function bodyBreaks(baseBody: Json | undefined, body: Json | undefined, where: string, how: Comparison): string[] {
  if (!baseBody) return body?.required ? [`${where}: now requires a request body`] : [];
  if (!body) return [`${where}: no longer takes a request body`];
  const found: string[] = [];
  if (body.required && !baseBody.required) found.push(`${where}: request body is now required`);
  for (const [mediaType, content] of Object.entries<Json>(baseBody.content ?? {})) {
    const currentContent = body.content?.[mediaType];
    if (!currentContent) found.push(`${where}: no longer accepts ${mediaType}`);
    else found.push(...schemaBreaks(content.schema, currentContent.schema, `${where} request body`, how));
  }
  return found;
}
