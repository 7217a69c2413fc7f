import { DivisionDirectory } from '@civic/divisions';
import { StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FACILITY_REPOSITORY, FacilityRepository } from '../../facility/domain/facility.repository';
import { RESIDENTIAL_KINDS } from '../../facility/domain/facility-rules';
import { facilityNotFound } from '../../facility/domain/facility';
import { Bed } from '../domain/bed';
import { BED_REPOSITORY, BedRepository } from '../domain/bed.repository';
import { bedNotFound, checkCapacity } from '../domain/bed-rules';

export interface AddBedCommand {
  code: string;
  kind: string;
  homeAddress?: string;
  homeDivisionCode?: string;
}

/** 床位: beds added to a facility within its licensed places, or family care beds at elders' homes. */
@Injectable()
export class BedCommands {
  constructor(
    @Inject(BED_REPOSITORY) private readonly beds: BedRepository,
    @Inject(FACILITY_REPOSITORY) private readonly facilities: FacilityRepository,
    private readonly divisions: DivisionDirectory,
  ) {}

  async add(facilityId: string, input: AddBedCommand): Promise<Bed> {
    // The facility row is locked, so two beds added at once cannot both take its last licensed place.
    const facility = await this.facilities.find(facilityId, { forUpdate: true });
    if (!facility) throw facilityNotFound(facilityId);
    const f = facility.snapshot();
    if (input.homeDivisionCode !== undefined) await this.divisions.requireActive(input.homeDivisionCode, 'homeDivisionCode');
    const bed = Bed.add({
      id: randomUUID(),
      facility: { id: f.id, divisionCode: f.divisionCode, filed: facility.isFiled, residential: RESIDENTIAL_KINDS.includes(f.kind) },
      ...input,
    });
    checkCapacity(bed.kind, await this.beds.facilityBedsInService(f.id), f.licensedCapacity);
    await this.beds.save(bed, null);
    return bed;
  }

  async withdraw(id: string, reason: string, ifMatch?: number): Promise<Bed> {
    const bed = await this.beds.find(id, { forUpdate: true });
    if (!bed) throw bedNotFound(id);
    if (ifMatch !== undefined && ifMatch !== bed.version) throw new StaleVersionError(bed.version);
    const expected = bed.version;
    bed.withdraw(reason, (await this.beds.residentOf(id)) !== null);
    await this.beds.save(bed, expected);
    return bed;
  }
}
