import type { Static, TSchema } from '@sinclair/typebox';
import type { ServiceName } from './service-registry';

/** A JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/**
 * One integration event type of the published language: what it is called on the wire, where it
 * goes, who produces it and the schema its data must satisfy. Within a version only additive
 * changes are allowed; a breaking change is a new type (`...v2`).
 */
export interface EventContract<TData = unknown> {
  /** CloudEvents `type`: `<context>.<aggregate>.<past-tense-event>.v<N>`. */
  type: string;
  /** Kafka topic: one per aggregate stream, `<context>.<aggregate>`. */
  topic: string;
  /** The producing service (bounded context). */
  producer: ServiceName;
  /** What happened, for the AsyncAPI document. */
  summary: string;
  /** Schema of the event's data (the Kafka message value). */
  schema: JsonSchema;
  /** An example data object, checked against the schema in the contract tests. */
  example: TData;
}

/**
 * Declares a contract from its schema: the data type is the schema's (TypeBox `Static`), so the
 * example, the producers and the consumers are all checked against the one definition.
 */
export function defineEvent<S extends TSchema>(
  contract: Omit<EventContract, 'schema' | 'example'> & { schema: S; example: Static<S> },
): EventContract<Static<S>> {
  return contract as EventContract<Static<S>>;
}

/** The data type of a contract, e.g. `type DeathRegisteredV1 = EventData<typeof DeathRegistered>`. */
export type EventData<C> = C extends EventContract<infer T> ? T : never;

/** Topic that parks events a consumer could not process, with the error in headers. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
