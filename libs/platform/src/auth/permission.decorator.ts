import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const PERMISSION_KEY = 'civic:permission';
export const PUBLIC_KEY = 'civic:public';

/**
 * The permission a route needs, relative to the service: `@RequirePermission('division.write')` on
 * community requires the role `community:division.write`. Routes without one are refused: secure by default.
 */
export function RequirePermission(permission: string) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No bearer token, or an invalid or expired one' }),
    ApiForbiddenResponse({ description: `The token lacks the role <service>:${permission}` }),
  );
}

/** Operational routes outside /api (health, metrics, docs) that need no token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
