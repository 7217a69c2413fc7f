import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, objectSchema, Type, uuidSchema } from '../schema-parts';

export const PLOT_TOPIC = 'funeral.plot';

/** 墓穴安葬: a plot was assigned (at most once). */
export const PlotAssigned = defineEvent({
  type: 'funeral.plot.assigned.v1',
  topic: PLOT_TOPIC,
  producer: 'funeral',
  summary: 'A cemetery plot was assigned to a deceased person (墓穴安葬).',
  schema: objectSchema({
    plotId: uuidSchema,
    cemeteryId: uuidSchema,
    zoneCode: Type.String(),
    plotNumber: Type.String(),
    areaM2: Type.String({ pattern: '^\\d+\\.\\d{2}$' }),
    deceasedCitizenId: citizenIdSchema,
    assignedOn: businessDateSchema,
  }),
  example: {
    plotId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a90',
    cemeteryId: '6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2910',
    zoneCode: 'E2',
    plotNumber: 'E2-0103',
    areaM2: '0.60',
    deceasedCitizenId: '11010519491231002X',
    assignedOn: '2026-03-20',
  },
});

export type PlotAssignedV1 = EventData<typeof PlotAssigned>;
