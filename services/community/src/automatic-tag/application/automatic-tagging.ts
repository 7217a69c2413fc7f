import { recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { PersonCommands } from '../../person/application/person-commands';
import { TagOwner } from '../../tag/domain/tag';
import { checkDisabilityLevels, DisabilityLevels, TagDecision } from '../domain/automatic-tags';
import { DISABILITY_LEVELS_REPOSITORY, DisabilityLevelsRepository } from '../domain/disability-levels.repository';

/** Tags set by other contexts' events (低保户, 特困, 困境儿童, 失能老人), and the care levels that make 失能 (data). */
@Injectable()
export class AutomaticTagging {
  constructor(
    private readonly persons: PersonCommands,
    @Inject(DISABILITY_LEVELS_REPOSITORY) private readonly disability: DisabilityLevelsRepository,
  ) {}

  /** Applies the decisions of one event, or of a run of events, in their order. */
  apply(decisions: TagDecision[], owner: TagOwner): Promise<void> {
    return this.persons.applyAutomatic(decisions, owner);
  }

  disabilityLevels(): Promise<DisabilityLevels> {
    return this.disability.get();
  }

  /** A change applies to the assessments received from then on; tags already given stay until the elder's next assessment. */
  async setDisabilityLevels(levels: number[]): Promise<DisabilityLevels> {
    const current = await this.disability.get({ forUpdate: true });
    return this.disability.save(checkDisabilityLevels(levels), current.version, recordedBy());
  }
}
