import { Comparison, resolverOf, schemaBreaks } from './schema-compatibility';

type Json = Record<string, any>;

/**
 * Event schemas may only grow (additive-only): between two AsyncAPI documents, every message type of
 * `base` is still there with headers and payload that neither refuse what producers sent nor lack what
 * consumers read; only new optional fields and new message types are allowed. A change beyond that
 * is a new event type (`...v2`) beside the old one.
 */
export function eventBreakingChanges(base: Json, current: Json): string[] {
  const how: Comparison = { base: resolverOf(base), current: resolverOf(current), directions: ['request', 'response'] };
  const currentMessages = new Map(Object.values<Json>(current.components?.messages ?? {}).map((m) => [m.name, m]));
  const found: string[] = [];
  for (const message of Object.values<Json>(base.components?.messages ?? {})) {
    const now = currentMessages.get(message.name);
    if (!now) {
      found.push(`${message.name}: event type removed`);
      continue;
    }
    found.push(...schemaBreaks(message.headers, now.headers, `${message.name} headers`, how));
    found.push(...schemaBreaks(message.payload, now.payload, `${message.name} payload`, how));
  }
  const addresses = (document: Json) => new Set(Object.values<Json>(document.channels ?? {}).map((c) => c.address));
  const currentAddresses = addresses(current);
  for (const address of addresses(base)) if (!currentAddresses.has(address)) found.push(`topic ${address} removed`);
  return found;
}
