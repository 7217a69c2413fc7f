import {
  ApplicationDecided,
  ApplicationStatusChanged,
  ApplicationSubmitted,
  BENEFIT_EVENTS,
  LeadCreated,
  PaymentRunCompleted,
  StandardAdjusted,
} from '@civic/contracts';
import { defineService } from '@civic/platform';
import { MAX_IMPORT_ROWS } from './household-import/domain/import-rows';

/** The assistance service (社会救助 social assistance) as the platform sees it. */
export const service = defineService('assistance', __dirname, {
  description:
    '社会救助 social assistance: households (家庭), programmes (救助项目) and standards (保障标准), applications through verification, community review, ' +
    'public notice (公示) and decision, benefits, monthly payment runs (发放), price-linked subsidies (价格临时补贴), proactive identification (政策找人), ' +
    'homeless rescue (流浪乞讨救助) and statistics (民政统计).',
  version: '0.3.0',
  produces: [ApplicationSubmitted, ApplicationStatusChanged, ApplicationDecided, ...BENEFIT_EVENTS, StandardAdjusted, PaymentRunCompleted, LeadCreated],
  // A district's household file is refused while it is read once it passes the import's row cap.
  csvUploads: { maxRows: MAX_IMPORT_ROWS },
});
