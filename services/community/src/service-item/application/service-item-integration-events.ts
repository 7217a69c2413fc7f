import { ServiceItemAdmitted, ServiceItemWithdrawn } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { ServiceItem } from '../domain/service-item';
import { ServiceItemChange } from '../domain/service-item-change';

/** The published events of an item's changes (admission and withdrawal), keyed by its code. */
export function serviceItemIntegrationEvents(item: ServiceItem, changes: ServiceItemChange[]): RaisedEvent[] {
  const s = item.snapshot();
  return changes.flatMap((change): RaisedEvent[] => {
    switch (change.kind) {
      case 'admitted':
        return [
          {
            contract: ServiceItemAdmitted,
            subject: s.code,
            data: {
              code: s.code,
              name: s.name,
              department: s.department,
              timeLimitDays: s.timeLimitDays,
              decisionNo: s.admission.decisionNo,
              admittedOn: s.admission.on.toString(),
            },
          },
        ];
      case 'withdrawn':
        return [{ contract: ServiceItemWithdrawn, subject: s.code, data: { code: s.code, withdrawnOn: change.on.toString(), reason: change.reason } }];
      default:
        return [];
    }
  });
}
