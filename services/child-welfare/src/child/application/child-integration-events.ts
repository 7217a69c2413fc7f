import { ChildCategoryChanged, ChildRegistered } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Child, ChildChange } from '../domain/child';

/** The published events of a child's changes (registered, category changed): the only place they are built. No names. */
export function childIntegrationEvents(child: Child, changes: ChildChange[]): RaisedEvent[] {
  const s = child.snapshot();
  return changes.flatMap((change): RaisedEvent[] => {
    if (change.kind === 'registered') {
      return [
        {
          contract: ChildRegistered,
          subject: s.id,
          data: {
            childId: s.id,
            citizenId: s.citizenId.value,
            divisionCode: s.divisionCode,
            category: child.current.category,
            registeredOn: s.registeredOn.toString(),
          },
        },
      ];
    }
    if (change.kind === 'category-changed') {
      return [
        {
          contract: ChildCategoryChanged,
          subject: s.id,
          data: {
            childId: s.id,
            citizenId: s.citizenId.value,
            divisionCode: s.divisionCode,
            from: change.from,
            to: change.period.category,
            effectiveOn: change.period.effectiveOn.toString(),
          },
        },
      ];
    }
    return [];
  });
}
