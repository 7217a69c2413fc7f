import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, mergeMap, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { requestContext } from '../context/request-context';
import { auditRowWrite } from './audit-row';

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
    const write = auditRowWrite({
      actor: store.actor,
      action: 'personal-data.read',
      resourceType: 'personal-data',
      resourceId: path,
      requestId: store.requestId,
      method: 'GET',
      path,
      status: 200,
      details: { revealed: store.personalDataRead, query: query ?? null },
    });
    await this.dataSource.query(write.sql, write.params as unknown[]);
  }
}
