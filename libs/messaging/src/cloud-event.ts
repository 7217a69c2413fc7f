import { IHeaders } from 'kafkajs';
import { continueTrace } from './trace-context';

/** An integration event in CloudEvents 1.0 terms, as written to the outbox and read by consumers. */
export interface CloudEvent<TData = unknown> {
  id: string;
  type: string;
  /** `/civic/<service>` */
  source: string;
  /** The aggregate id; also the Kafka key, so one aggregate's events stay ordered. */
  subject: string;
  time: string;
  data: TData;
  /** Extension attribute: the HTTP request id that caused the event. */
  requestId?: string;
  /** W3C trace context of the causing request (a message always carries one: a new trace if none is given). */
  traceparent?: string;
}

/** Binary content mode: attributes travel as `ce_*` headers, data as the JSON value. */
export function cloudEventHeaders(event: CloudEvent): Record<string, string> {
  const headers: Record<string, string> = {
    ce_id: event.id,
    ce_source: event.source,
    ce_type: event.type,
    ce_specversion: '1.0',
    ce_time: event.time,
    ce_subject: event.subject,
    'content-type': 'application/json',
  };
  if (event.requestId) headers.ce_requestid = event.requestId;
  headers.traceparent = event.traceparent ?? continueTrace(undefined);
  return headers;
}

/** Reads a binary-mode CloudEvent; throws with a reason when a required attribute is missing or the value is not JSON. */
export function cloudEventFromKafka(headers: IHeaders | undefined, value: Buffer | null): CloudEvent {
  const header = (name: string): string | undefined => {
    const raw = headers?.[name];
    if (raw === undefined) return undefined;
    return Array.isArray(raw) ? String(raw[0]) : raw.toString();
  };
  const required = (name: string): string => {
    const v = header(name);
    if (!v) throw new Error(`missing CloudEvents header ${name}`);
    return v;
  };
  if (required('ce_specversion') !== '1.0') throw new Error('unsupported ce_specversion');
  let data: unknown;
  try {
    data = JSON.parse(value?.toString('utf8') ?? 'null');
  } catch {
    throw new Error('message value is not JSON');
  }
  return {
    id: required('ce_id'),
    type: required('ce_type'),
    source: required('ce_source'),
    subject: required('ce_subject'),
    time: required('ce_time'),
    data,
    requestId: header('ce_requestid'),
    traceparent: header('traceparent'),
  };
}
