import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { assertDistrictInScope, CLOCK, queryReturning, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ActionKind, AgencyStatus, checkAction, nextStatus, validAgencyCode } from './agency-rules';

export interface AgencyRecord {
  id: string;
  uscc: string;
  name: string;
  divisionCode: string;
  status: AgencyStatus;
  statusReason: string | null;
  registeredOn: string;
  version: number;
  complaints: { id: string; receivedOn: string; complainant: string; summary: string; status: string; resolution: string | null }[];
  actions: { id: string; kind: string; takenOn: string; findings: string; rectifyBy: string | null; partners: string[] }[];
}

/** The use cases of an agency registry (婚姻介绍机构, 殡葬代理): registration, complaints, inspections and notices, status. */
@Injectable()
export class AgencyRegistry {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { uscc: string; name: string; divisionCode: string }): Promise<AgencyRecord> {
    assertDistrictInScope(input.divisionCode);
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const uscc = validAgencyCode(input.uscc);
    const id = randomUUID();
    const rows = await this.uow
      .transaction()
      .query(
        `INSERT INTO agency (id, uscc, name, division_code, district_code, status, registered_on, version) VALUES ($1, $2, $3, $4, $5, 'active', $6, 1) ON CONFLICT (uscc) DO NOTHING RETURNING id`,
        [id, uscc, input.name.trim(), input.divisionCode, input.divisionCode.slice(0, 6), BusinessDate.today(this.clock).toString()],
      );
    if (rows.length === 0) throw new DomainError('AGENCY.EXISTS', `an agency with USCC ${uscc} is already registered`, 'conflict', 'uscc');
    return (await this.find(id))!;
  }

  async complain(id: string, input: { complainant: string; summary: string }): Promise<AgencyRecord> {
    const agency = await this.require(id);
    if (agency.status === 'revoked') throw new DomainError('AGENCY.REVOKED', 'the agency has been revoked', 'conflict');
    await this.uow
      .transaction()
      .query(`INSERT INTO agency_complaint (id, agency_id, received_on, complainant, summary, status) VALUES ($1, $2, $3, $4, $5, 'open')`, [
        randomUUID(),
        id,
        BusinessDate.today(this.clock).toString(),
        input.complainant,
        input.summary,
      ]);
    return (await this.find(id))!;
  }

  async resolveComplaint(id: string, complaintId: string, input: { upheld: boolean; resolution: string }): Promise<AgencyRecord> {
    await this.require(id);
    if (!input.resolution.trim()) throw new DomainError('COMPLAINT.RESOLUTION_REQUIRED', 'a resolution needs its reason', 'invalid', 'resolution');
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE agency_complaint SET status = $3, resolution = $4, resolved_on = $5 WHERE id = $1 AND agency_id = $2 AND status = 'open' RETURNING id`,
      [complaintId, id, input.upheld ? 'upheld' : 'dismissed', input.resolution, BusinessDate.today(this.clock).toString()],
    );
    if (rows.length === 0) throw new DomainError('COMPLAINT.NOT_OPEN', `no open complaint ${complaintId} for this agency`, 'conflict');
    return (await this.find(id))!;
  }

  async act(id: string, input: { kind: ActionKind; takenOn: string; findings: string; rectifyBy?: string; partners?: string[] }): Promise<AgencyRecord> {
    await this.require(id);
    const takenOn = BusinessDate.parse(input.takenOn, 'takenOn');
    const rectifyBy = input.rectifyBy ? BusinessDate.parse(input.rectifyBy, 'rectifyBy') : null;
    checkAction(input.kind, takenOn, rectifyBy);
    await this.uow
      .transaction()
      .query(`INSERT INTO agency_action (id, agency_id, kind, taken_on, findings, rectify_by, partners) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        randomUUID(),
        id,
        input.kind,
        takenOn.toString(),
        input.findings,
        rectifyBy?.toString() ?? null,
        input.partners ?? [],
      ]);
    return (await this.find(id))!;
  }

  async changeStatus(id: string, input: { status: AgencyStatus; reason: string }): Promise<AgencyRecord> {
    const agency = await this.require(id);
    const status = nextStatus(agency.status, input.status, input.reason);
    await this.uow.transaction().query(`UPDATE agency SET status = $2, status_reason = $3, version = version + 1 WHERE id = $1`, [id, status, input.reason]);
    return (await this.find(id))!;
  }

  async list(filter: { status?: string; divisionCode?: string }, limit: number, offset: number): Promise<[AgencyRecord[], number]> {
    const db = this.uow.manager();
    const params = [filter.status ?? null, filter.divisionCode ? filter.divisionCode.slice(0, 6) : null];
    const where = `($1::varchar IS NULL OR status = $1) AND ($2::varchar IS NULL OR district_code = $2)`;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM agency WHERE ${where}`, params);
    const ids = await db.query(`SELECT id FROM agency WHERE ${where} ORDER BY name, id LIMIT $3 OFFSET $4`, [...params, limit, offset]);
    return [await Promise.all(ids.map((r: { id: string }) => this.find(r.id) as Promise<AgencyRecord>)), n];
  }

  async find(id: string): Promise<AgencyRecord | null> {
    const db = this.uow.manager();
    const [a] = await db.query(`SELECT id, uscc, name, division_code, status, status_reason, registered_on::text, version FROM agency WHERE id = $1`, [id]);
    if (!a) return null;
    const complaints = await db.query(
      `SELECT id, received_on::text, complainant, summary, status, resolution FROM agency_complaint WHERE agency_id = $1 ORDER BY received_on, id`,
      [id],
    );
    const actions = await db.query(
      `SELECT id, kind, taken_on::text, findings, rectify_by::text, partners FROM agency_action WHERE agency_id = $1 ORDER BY taken_on, id`,
      [id],
    );
    return {
      id: a.id,
      uscc: a.uscc,
      name: a.name,
      divisionCode: a.division_code,
      status: a.status,
      statusReason: a.status_reason,
      registeredOn: a.registered_on,
      version: a.version,
      complaints: complaints.map((c: Record<string, any>) => ({
        id: c.id,
        receivedOn: c.received_on,
        complainant: c.complainant,
        summary: c.summary,
        status: c.status,
        resolution: c.resolution,
      })),
      actions: actions.map((x: Record<string, any>) => ({
        id: x.id,
        kind: x.kind,
        takenOn: x.taken_on,
        findings: x.findings,
        rectifyBy: x.rectify_by,
        partners: x.partners,
      })),
    };
  }

  private async require(id: string): Promise<AgencyRecord> {
    const agency = await this.find(id);
    if (!agency) throw new DomainError('AGENCY.NOT_FOUND', `no agency ${id}`, 'not-found');
    assertDistrictInScope(agency.divisionCode);
    return agency;
  }
}
