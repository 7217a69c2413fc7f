import { DEATH_RECORD_EVENTS, PlotAssigned } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The funeral service (殡葬 funeral and burial) as the platform sees it. */
export const service = defineService('funeral', __dirname, {
  description:
    '殡葬 funeral and burial: death and cremation records (死亡登记, 火化), cemeteries, zones and plots (公墓, 墓区, 墓穴), tomb-sweeping reservations (清明/冬至祭扫预约), the price catalogue with the basic-service waiver (惠民) and eco-burial subsidies.',
  version: '0.3.0',
  produces: [...DEATH_RECORD_EVENTS, PlotAssigned],
});
