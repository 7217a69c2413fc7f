import { BusinessDate, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RescueCase, rescueCaseNotFound, RescueOutcome } from '../domain/rescue-case';
import { RESCUE_CASE_REPOSITORY, RescueCaseRepository } from '../domain/rescue-case.repository';

export type RescueStep =
  | { kind: 'shelter'; shelter: string; on?: string }
  | { kind: 'search'; method: string; result: string; on?: string }
  | { kind: 'identify'; citizenId: string; personName: string }
  | { kind: 'reunite' | 'place'; detail: string; on?: string }
  | { kind: 'close'; outcome?: { kind: RescueOutcome; detail: string }; on?: string };

/** 流浪乞讨人员救助: intake and each step of a case. */
@Injectable()
export class RescueCommands {
  constructor(
    @Inject(RESCUE_CASE_REPOSITORY) private readonly cases: RescueCaseRepository,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async intake(input: {
    foundDivisionCode: string;
    foundOn: string;
    foundPlace: string;
    description: string;
    personName?: string;
    sex?: string;
    estimatedAge?: number;
  }): Promise<RescueCase> {
    await this.divisions.requireActive(input.foundDivisionCode, 'foundDivisionCode');
    const rescueCase = RescueCase.intake({ ...input, id: randomUUID(), foundOn: BusinessDate.parse(input.foundOn, 'foundOn') }, BusinessDate.today(this.clock));
    await this.cases.save(rescueCase, null);
    return rescueCase;
  }

  async step(id: string, step: RescueStep, ifMatch?: number): Promise<RescueCase> {
    const rescueCase = await this.cases.find(id, { forUpdate: true });
    if (!rescueCase) throw rescueCaseNotFound(id);
    const expected = rescueCase.version;
    if (ifMatch !== undefined && ifMatch !== expected) throw new StaleVersionError(expected);
    this.apply(rescueCase, step);
    await this.cases.save(rescueCase, expected);
    return rescueCase;
  }

  private apply(c: RescueCase, step: RescueStep): void {
    const on = 'on' in step && step.on ? BusinessDate.parse(step.on, 'on') : BusinessDate.today(this.clock);
    switch (step.kind) {
      case 'shelter':
        return c.admitToShelter(step.shelter, on);
      case 'search':
        return c.recordSearch(on, step.method, step.result);
      case 'identify':
        return c.identify(step.citizenId, step.personName);
      case 'reunite':
        return c.resolve('reunited', step.detail, on);
      case 'place':
        return c.resolve('placed', step.detail, on);
      case 'close':
        return c.close(on, step.outcome);
    }
  }
}
