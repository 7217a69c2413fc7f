import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, tap } from 'rxjs';
import { etagOf } from './etag';
import { ETAG_KEY } from './versioned-command.decorator';

/** Serves the result's `version` as the ETag on routes declared versioned. */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !this.reflector.get<boolean>(ETAG_KEY, context.getHandler())) return next.handle();
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    return next.handle().pipe(
      tap((result) => {
        const version = (result as { version?: unknown } | undefined)?.version;
        if (typeof version === 'number') reply.header('ETag', etagOf(version));
      }),
    );
  }
}
