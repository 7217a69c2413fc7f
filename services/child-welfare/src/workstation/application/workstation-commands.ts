import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { StaffRole, Workstation, workstationNotFound } from '../domain/workstation';
import { WORKSTATION_REPOSITORY, WorkstationRepository } from '../domain/workstation.repository';

/** 未成年人保护工作站: established per sub-district, staff appointed and released; each in the command's transaction. */
@Injectable()
export class WorkstationCommands {
  constructor(
    @Inject(WORKSTATION_REPOSITORY) private readonly stations: WorkstationRepository,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async establish(input: { divisionCode: string; name: string; establishedOn: string }): Promise<Workstation> {
    const division = await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const station = Workstation.establish(
      {
        id: randomUUID(),
        divisionCode: input.divisionCode,
        divisionLevel: division.level,
        name: input.name,
        establishedOn: BusinessDate.parse(input.establishedOn, 'establishedOn'),
      },
      this.today(),
    );
    await this.stations.save(station, null, station.pullChanges());
    return station;
  }

  async appoint(
    id: string,
    input: { citizenId: string; name: string; role: StaffRole; phone: string; appointedOn: string },
    ifMatch?: number,
  ): Promise<Workstation> {
    return this.change(id, ifMatch, (s) =>
      s.appoint(
        {
          ...input,
          id: randomUUID(),
          citizenId: CitizenId.parse(input.citizenId, 'citizenId', this.clock),
          appointedOn: BusinessDate.parse(input.appointedOn, 'appointedOn'),
        },
        this.today(),
      ),
    );
  }

  async release(id: string, staffId: string, input: { leftOn: string }, ifMatch?: number): Promise<Workstation> {
    return this.change(id, ifMatch, (s) => s.release(staffId, BusinessDate.parse(input.leftOn, 'leftOn'), this.today()));
  }

  private async change(id: string, ifMatch: number | undefined, act: (station: Workstation) => void): Promise<Workstation> {
    const station = await this.stations.find(id, { forUpdate: true });
    if (!station) throw workstationNotFound(id);
    if (ifMatch !== undefined && ifMatch !== station.version) throw new StaleVersionError(station.version);
    const expected = station.version;
    act(station);
    await this.stations.save(station, expected, station.pullChanges());
    return station;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
