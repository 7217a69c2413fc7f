/**
 * Whether a JSON Schema may change as it did without breaking the other side, in the spirit of
 * oasdiff's rules. A schema the caller *sends* (request) may only accept more; a schema the caller
 * *receives* (response, event payload) may only promise more; an event, read by consumers and
 * checked against producers, must satisfy both (additive-only).
 */
export type Direction = 'request' | 'response';

type Json = Record<string, any>;

/** Looks up `#/components/...` references of one document. */
export type Resolver = (schema: Json | undefined) => Json | undefined;

export function resolverOf(document: Json): Resolver {
  return (schema) => {
    let current = schema;
    for (let depth = 0; current && typeof current.$ref === 'string' && depth < 20; depth++) {
      const path = current.$ref.replace(/^#\//, '').split('/');
      current = path.reduce<Json | undefined>((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    }
    // Nest writes a nullable or described reference as allOf: [ref]: read through it.
    if (current?.allOf?.length === 1 && !current.properties) {
      const { allOf, ...rest } = current;
      return { ...(resolverOf(document)(allOf[0]) ?? {}), ...rest };
    }
    return current;
  };
}

export type Comparison = { base: Resolver; current: Resolver; directions: readonly Direction[] };

/** The breaking differences between two versions of a schema, each named by its location. */
export function schemaBreaks(
  baseSchema: Json | undefined,
  currentSchema: Json | undefined,
  where: string,
  how: Comparison,
  seen = new Set<string>(),
): string[] {
  const base = how.base(baseSchema);
  const current = how.current(currentSchema);
  if (!base || !current) return base && !current ? [`${where}: schema removed`] : [];
  const key = `${where}|${JSON.stringify(baseSchema).slice(0, 200)}|${JSON.stringify(currentSchema).slice(0, 200)}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const found: string[] = [];
  for (const direction of how.directions) found.push(...localBreaks(base, current, where, direction));
  for (const [name, baseProperty] of Object.entries<Json>(base.properties ?? {})) {
    const currentProperty = current.properties?.[name];
    if (currentProperty) found.push(...schemaBreaks(baseProperty, currentProperty, `${where}.${name}`, how, seen));
  }
  if (base.items && current.items) found.push(...schemaBreaks(base.items, current.items, `${where}[]`, how, seen));
  return [...new Set(found)];
}

function localBreaks(base: Json, current: Json, where: string, direction: Direction): string[] {
  const found: string[] = [];
  // What the receiving side must now handle: requests are received by the server, responses by the caller.
  const narrower = direction === 'request' ? { from: base, to: current } : { from: current, to: base };
  const [fromTypes, toTypes] = [typesOf(narrower.from), typesOf(narrower.to)];
  if (fromTypes && toTypes) {
    const lost = [...fromTypes].filter((t) => !toTypes.has(t) && !(t === 'integer' && toTypes.has('number')));
    if (lost.length) found.push(`${where}: ${direction === 'request' ? 'no longer accepts' : 'may now be'} ${lost.join('/')}`);
  }
  const [fromEnum, toEnum] = [narrower.from.enum as unknown[] | undefined, narrower.to.enum as unknown[] | undefined];
  if (toEnum && (!fromEnum || fromEnum.some((v) => !toEnum.includes(v)))) {
    const values = fromEnum ? fromEnum.filter((v) => !toEnum.includes(v)).map((v) => JSON.stringify(v)) : ['values outside the old list'];
    found.push(`${where}: ${direction === 'request' ? 'no longer accepts' : 'may now be'} ${values.join(', ')}`);
  }
  const [fromRequired, toRequired] = [new Set<string>(narrower.from.required ?? []), new Set<string>(narrower.to.required ?? [])];
  for (const name of toRequired) {
    if (!fromRequired.has(name)) {
      found.push(direction === 'request' ? `${where}: new required field ${name}` : `${where}.${name}: may now be missing`);
    }
  }
  for (const name of Object.keys(base.properties ?? {})) {
    if (current.properties?.[name]) continue;
    if (direction === 'response') found.push(`${where}.${name}: removed`);
    else if (current.additionalProperties === false) found.push(`${where}.${name}: no longer accepted`);
  }
  if (direction === 'request' && base.additionalProperties !== false && current.additionalProperties === false) {
    found.push(`${where}: no longer accepts unknown fields`);
  }
  for (const bound of ['maximum', 'maxLength', 'maxItems', 'exclusiveMaximum']) {
    const [from, to] = [narrower.from[bound], narrower.to[bound]];
    if (to !== undefined && (from === undefined || to < from)) found.push(`${where}: ${bound} ${from ?? 'none'} -> ${to}`);
  }
  for (const bound of ['minimum', 'minLength', 'minItems', 'exclusiveMinimum']) {
    const [from, to] = [narrower.from[bound], narrower.to[bound]];
    if (to !== undefined && (from === undefined || to > from)) found.push(`${where}: ${bound} ${from ?? 'none'} -> ${to}`);
  }
  if (narrower.to.uniqueItems === true && narrower.from.uniqueItems !== true) found.push(`${where}: items must now be unique`);
  for (const rule of ['pattern', 'format', 'const']) {
    const [from, to] = [narrower.from[rule], narrower.to[rule]];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to))
      found.push(`${where}: ${rule} ${JSON.stringify(from ?? null)} -> ${JSON.stringify(to)}`);
  }
  return found;
}

/** The JSON types a schema allows (nullable included), or undefined when it does not say. */
function typesOf(schema: Json): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  const types = new Set<string>(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (schema.nullable === true) types.add('null');
  return types;
}
