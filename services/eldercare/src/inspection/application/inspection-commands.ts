import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FacilityCommands } from '../../facility/application/facility-commands';
import { facilityNotFound } from '../../facility/domain/facility';
import { FACILITY_REPOSITORY, FacilityRepository } from '../../facility/domain/facility.repository';
import { Inspection, inspectionNotFound, OVERDUE_CREDIT_PENALTY } from '../domain/inspection';
import { INSPECTION_REPOSITORY, InspectionRepository } from '../domain/inspection.repository';

export interface RecordInspectionCommand {
  kind: string;
  inspectedOn: string;
  inspector: string;
  findings: { description: string; rectifyBy: string }[];
}

/** 综合监管: inspections recorded, findings rectified, and overdue rectifications costing the facility credit. */
@Injectable()
export class InspectionCommands {
  constructor(
    @Inject(INSPECTION_REPOSITORY) private readonly inspections: InspectionRepository,
    @Inject(FACILITY_REPOSITORY) private readonly facilities: FacilityRepository,
    private readonly facilityCommands: FacilityCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(facilityId: string, input: RecordInspectionCommand): Promise<Inspection> {
    const facility = await this.facilities.find(facilityId);
    if (!facility) throw facilityNotFound(facilityId);
    const inspection = Inspection.record(
      {
        id: randomUUID(),
        facility: { id: facility.id, divisionCode: facility.snapshot().divisionCode },
        kind: input.kind,
        inspectedOn: BusinessDate.parse(input.inspectedOn, 'inspectedOn'),
        inspector: input.inspector,
        findings: input.findings.map((f, n) => ({
          id: randomUUID(),
          description: f.description,
          rectifyBy: BusinessDate.parse(f.rectifyBy, `findings[${n}].rectifyBy`),
        })),
      },
      this.today(),
    );
    await this.inspections.save(inspection, null);
    return inspection;
  }

  async rectify(id: string, findingId: string, input: { rectifiedOn: string; note: string }, ifMatch?: number): Promise<Inspection> {
    const inspection = await this.inspections.find(id, { forUpdate: true });
    if (!inspection) throw inspectionNotFound(id);
    if (ifMatch !== undefined && ifMatch !== inspection.version) throw new StaleVersionError(inspection.version);
    const expected = inspection.version;
    inspection.rectify(findingId, { rectifiedOn: BusinessDate.parse(input.rectifiedOn, 'rectifiedOn'), note: input.note }, this.today());
    await this.inspections.save(inspection, expected);
    return inspection;
  }

  /**
   * One inspection's findings newly past their deadline are marked overdue and cost the facility
   * OVERDUE_CREDIT_PENALTY points each, in one transaction: a finding costs credit exactly once.
   */
  async penaliseOverdue(id: string): Promise<number> {
    const inspection = await this.inspections.find(id, { forUpdate: true });
    if (!inspection) return 0;
    const expected = inspection.version;
    const overdue = inspection.markOverdue(this.today());
    if (overdue.length === 0) return 0;
    await this.inspections.save(inspection, expected);
    const s = inspection.snapshot();
    const deadlines = [...new Set(overdue.map((f) => f.rectifyBy.toString()))].join(', ');
    await this.facilityCommands.moveCredit(s.facilityId, {
      delta: -OVERDUE_CREDIT_PENALTY * overdue.length,
      reason: `逾期未整改: ${overdue.length} finding(s) of the ${s.kind} inspection of ${s.inspectedOn} (due ${deadlines})`,
    });
    return overdue.length;
  }

  withNewlyOverdue(limit: number): Promise<string[]> {
    return this.inspections.withNewlyOverdue(this.today().toString(), limit);
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
