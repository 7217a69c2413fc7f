import { BusinessDate } from '@civic/domain-kernel';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { BedVacancyListener, VacantBed } from '../../bed/application/bed-vacancy';
import { CareLevelListener } from '../../care-assessment/application/care-level-listener';
import { WaitingListCommands } from './waiting-list-commands';

/**
 * The line's side of the other modules' ports: a vacated basic-guarantee bed is offered to the next
 * elder, a new care level re-orders the line. Resolved lazily: the line also admits into beds, so
 * a direct dependency would be a cycle.
 */
@Injectable()
export class WaitingListListeners implements BedVacancyListener, CareLevelListener {
  constructor(private readonly modules: ModuleRef) {}

  async bedVacated(bed: VacantBed, _on: BusinessDate): Promise<void> {
    if (bed.kind === 'basic-guarantee') await this.commands().offerNext(bed.id, bed.divisionCode);
  }

  async careLevelChanged(citizenId: string): Promise<void> {
    await this.commands().reprioritise(citizenId);
  }

  private commands(): WaitingListCommands {
    return this.modules.get(WaitingListCommands, { strict: false });
  }
}
