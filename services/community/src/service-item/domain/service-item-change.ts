import { BusinessDate } from '@civic/domain-kernel';

/** What happened to a catalogue item; each is a history line, and admission and withdrawal are published. */
export type ServiceItemChange =
  | { kind: 'admitted' }
  | { kind: 'changed' }
  | { kind: 'admitted-for-committees'; decisionNo: string; on: BusinessDate }
  | { kind: 'pushed-down'; divisionCode: string; on: BusinessDate }
  | { kind: 'withdrawn'; reason: string; on: BusinessDate };
