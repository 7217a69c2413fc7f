import { applyDecorators, createParamDecorator, ExecutionContext, HttpCode, SetMetadata, Type } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiPreconditionFailedResponse } from '@nestjs/swagger';
import { RequirePermission } from '../auth/permission.decorator';
import { Command, CommandOptions } from '../pipeline/command.decorator';
import { expectedVersionFrom } from './etag';
import { ProblemDetails } from './problem';
import { IF_MATCH } from './request-parts';

/** Routes whose result carries a `version` that the ETag interceptor serves as the ETag header. */
export const ETAG_KEY = 'civic:etag';

export interface VersionedCommandOptions extends Omit<CommandOptions, 'resourceId' | 'idempotent'> {
  permission: string;
  summary: string;
  /** The response DTO (the aggregate after the change, with its new version). */
  response: Type;
  /** Picks the resource id; default: the `:id` path parameter. */
  resourceId?: CommandOptions['resourceId'];
}

/**
 * An edit of an aggregate people change concurrently: a command (transaction, audit) on 200 that
 * takes the version read in `If-Match` (`@IfMatch()`; stale: 412) and answers the new one as ETag.
 */
export function VersionedCommand(options: VersionedCommandOptions) {
  return applyDecorators(
    HttpCode(200),
    RequirePermission(options.permission),
    Command({ action: options.action, resourceType: options.resourceType, resourceId: options.resourceId ?? ((p) => p.id) }),
    ApiOperation({ summary: options.summary }),
    ApiHeader(IF_MATCH),
    ApiOkResponse({ type: options.response }),
    ApiPreconditionFailedResponse({ type: ProblemDetails, description: 'If-Match names an older version' }),
    SetMetadata(ETAG_KEY, true),
  );
}

/** A read of one versioned resource: its `version` goes out as the ETag a later edit sends back. */
export function VersionedResource() {
  return SetMetadata(ETAG_KEY, true);
}

/** The version from the request's If-Match header, or undefined when it sent none (malformed: 400). */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
  return expectedVersionFrom(request.headers['if-match']);
});
