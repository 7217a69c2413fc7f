import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { assertDistrictInScope, CLOCK, ConcurrentUpdateError, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RescueCase, RescueOutcome } from '../domain/rescue-case';
import { RescueCaseStore, RescueRow } from '../persistence/rescue-case.store';

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
    private readonly store: RescueCaseStore,
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
  }): Promise<RescueRow> {
    assertDistrictInScope(input.foundDivisionCode);
    await this.divisions.requireActive(input.foundDivisionCode, 'foundDivisionCode');
    const foundOn = BusinessDate.parse(input.foundOn, 'foundOn');
    if (foundOn.isAfter(BusinessDate.today(this.clock)))
      throw new DomainError('RESCUE.FOUND_IN_FUTURE', 'foundOn cannot be in the future', 'invalid', 'foundOn');
    const id = randomUUID();
    await this.store.insert({
      id,
      foundDivisionCode: input.foundDivisionCode,
      foundOn: foundOn.toString(),
      foundPlace: input.foundPlace,
      description: input.description,
      personName: input.personName ?? null,
      sex: input.sex ?? null,
      estimatedAge: input.estimatedAge ?? null,
    });
    return (await this.store.find(id))!.row;
  }

  async step(id: string, step: RescueStep, ifMatch?: number): Promise<RescueRow> {
    const found = await this.store.find(id);
    if (!found) throw new DomainError('RESCUE.NOT_FOUND', `no rescue case ${id}`, 'not-found');
    assertDistrictInScope(found.row.found_division_code);
    const expected = found.aggregate.snapshot().version;
    if (ifMatch !== undefined && ifMatch !== expected) throw new StaleVersionError(expected);
    this.apply(found.aggregate, step);
    if (!(await this.store.update(found.aggregate, expected))) throw new ConcurrentUpdateError();
    return (await this.store.find(id))!.row;
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
