import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, mergeMap, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { requestContext } from '../context/request-context';

/**
 * Reads of personal data leave a trace: a GET that revealed any (unmasked citizen IDs, a bank file,
 * a person's marital status; see recordPersonalDataRead) writes an audit row `personal-data.read`
 * with who, what and the path before its answer leaves. Commands are audited by their own row.
 */
@Injectable()
export class PersonalDataReadAudit implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<{ method: string; url: string }>();
    if (request.method !== 'GET') return next.handle();
    return next.handle().pipe(mergeMap((body) => from(this.audit(request.url).then(() => body))));
  }

  private async audit(url: string): Promise<void> {
    const store = requestContext.current();
    if (!store?.actor || !store.personalDataRead?.length) return;
    const [path, query] = url.split('?');
    await this.dataSource.query(
      `INSERT INTO audit_log (actor_subject, actor_system, action, resource_type, resource_id, request_id, method, path, status, details)
       VALUES ($1, $2, 'personal-data.read', 'personal-data', $3, $4, 'GET', $3, 200, $5)`,
      [store.actor.subject, store.actor.system, path, store.requestId, JSON.stringify({ revealed: store.personalDataRead, query: query ?? null })],
    );
  }
}
