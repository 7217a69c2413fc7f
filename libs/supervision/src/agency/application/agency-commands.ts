import { BusinessDate, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Agency, agencyNotFound } from '../domain/agency';
import { ActionKind, AgencyStatus } from '../domain/agency-rules';
import { AGENCY_REPOSITORY, AgencyRepository } from '../domain/agency.repository';

/** The use cases of an agency registry (婚姻介绍机构, 殡葬代理): registration, complaints, inspections and notices, status. */
@Injectable()
export class AgencyCommands {
  constructor(
    @Inject(AGENCY_REPOSITORY) private readonly agencies: AgencyRepository,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { uscc: string; name: string; divisionCode: string }): Promise<Agency> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const agency = Agency.register({ id: randomUUID(), ...input, on: this.today() });
    await this.agencies.save(agency, agency.pullChanges());
    return agency;
  }

  complain(id: string, input: { complainant: string; summary: string }): Promise<Agency> {
    return this.change(id, (agency) => agency.receiveComplaint({ id: randomUUID(), ...input, on: this.today() }));
  }

  resolveComplaint(id: string, complaintId: string, input: { upheld: boolean; resolution: string }): Promise<Agency> {
    return this.change(id, (agency) => agency.resolveComplaint(complaintId, input.upheld, input.resolution, this.today()));
  }

  act(id: string, input: { kind: ActionKind; takenOn: string; findings: string; rectifyBy?: string; partners?: string[] }): Promise<Agency> {
    return this.change(id, (agency) =>
      agency.takeAction({
        id: randomUUID(),
        kind: input.kind,
        takenOn: BusinessDate.parse(input.takenOn, 'takenOn'),
        findings: input.findings,
        rectifyBy: input.rectifyBy ? BusinessDate.parse(input.rectifyBy, 'rectifyBy') : null,
        partners: input.partners ?? [],
      }),
    );
  }

  changeStatus(id: string, input: { status: AgencyStatus; reason: string }): Promise<Agency> {
    return this.change(id, (agency) => agency.changeStatus(input.status, input.reason));
  }

  private async change(id: string, apply: (agency: Agency) => void): Promise<Agency> {
    const agency = await this.agencies.find(id, { forUpdate: true });
    if (!agency) throw agencyNotFound(id);
    apply(agency);
    await this.agencies.save(agency, agency.pullChanges());
    return agency;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
