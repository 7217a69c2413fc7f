import { AdoptionAssessmentCompleted, AllowanceRunCompleted, CHILD_EVENTS, PROTECTION_CASE_EVENTS } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The child-welfare service (未成年人保护与儿童福利 minors' protection and child welfare) as the platform sees it. */
export const service = defineService('child-welfare', __dirname, {
  description: "未成年人保护与儿童福利 minors' protection and child welfare.",
  version: '0.3.0',
  produces: [...CHILD_EVENTS, ...PROTECTION_CASE_EVENTS, AdoptionAssessmentCompleted, AllowanceRunCompleted],
});
