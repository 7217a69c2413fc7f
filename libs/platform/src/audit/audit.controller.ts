import { DistrictScope } from '../auth/district-scope.decorator';
import { PageOf } from '../http/page';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { RequirePermission } from '../auth/permission.decorator';
import { pageOf, PageQuery } from '../http/pagination';
import { personalDataForCaller } from '../auth/personal-data';
import type { ServiceDefinition } from '../service-definition';
import { SERVICE_DEFINITION } from '../tokens';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'e.g. division.establish' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ description: 'id of the affected resource' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  resourceId?: string;

  @ApiPropertyOptional({ description: 'who acted (token subject)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;
}

export class AuditEntry {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ description: 'token subject' }) actor: string;
  @ApiProperty({ description: 'calling system (token azp)' }) system: string;
  @ApiProperty() action: string;
  @ApiProperty() resourceType: string;
  @ApiPropertyOptional() resourceId?: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiProperty() method: string;
  @ApiProperty() path: string;
  @ApiProperty() status: number;
  @ApiProperty({ description: 'request parameters and body, citizen ID numbers masked' }) details: Record<string, unknown>;
}

export class AuditPage extends PageOf(AuditEntry) {}

/** The audit trail of every write in this service, for auditors. */
@ApiTags('audit')
@Controller('api/v1/audit-log')
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
  ) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ type: AuditPage })
  @DistrictScope.cityLevel()
  async list(@Query() query: AuditQuery): Promise<AuditPage> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      where.push(sql.replace('?', `$${values.length}`));
    };
    if (query.action) add('action = ?', query.action);
    if (query.resourceId) add('resource_id = ?', query.resourceId);
    if (query.actor) add('actor_subject = ?', query.actor);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_log ${filter}`, values);
    const rows = await this.dataSource.query(
      `SELECT id, occurred_at, actor_subject, actor_system, action, resource_type, resource_id, request_id, method, path, status, details
         FROM audit_log ${filter} ORDER BY id DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.limit, query.offset],
    );
    const items: AuditEntry[] = rows.map((r: Record<string, any>) => ({
      id: String(r.id),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actor: r.actor_subject,
      system: r.actor_system,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id ?? undefined,
      requestId: r.request_id ?? undefined,
      method: r.method,
      path: r.path,
      status: r.status,
      details: r.details,
    }));
    // Paths and resources name people too (a marital-status look-up): masked unless the auditor may see them.
    return pageOf(personalDataForCaller(this.definition.name, items), total, query);
  }
}
