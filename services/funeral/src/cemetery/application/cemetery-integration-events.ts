import { PlotAssigned } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { RaisedEvent } from '@civic/platform';
import { PlotZone } from '../domain/cemetery.repository';
import { Plot } from '../domain/plot';

/** The published event of a plot's assignment (or of a spouse joining a double grave): the only place it is built. */
export function plotAssignedEvent(plot: Plot, zone: PlotZone, deceasedCitizenId: string, assignedOn: BusinessDate): RaisedEvent {
  const s = plot.snapshot();
  return {
    contract: PlotAssigned,
    subject: s.id,
    data: {
      plotId: s.id,
      cemeteryId: zone.cemeteryId,
      zoneCode: zone.code,
      plotNumber: s.number,
      areaM2: s.areaM2.toFixed(2),
      deceasedCitizenId,
      assignedOn: assignedOn.toString(),
    },
  };
}
