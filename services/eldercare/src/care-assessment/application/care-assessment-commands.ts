import { CareLevelAssessed } from '@civic/contracts';
import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CareAssessment, qualifyingLevels } from '../domain/care-assessment';
import { CARE_ASSESSMENT_REPOSITORY, CareAssessmentRepository } from '../domain/care-assessment.repository';
import { CARE_LEVEL_LISTENER, CareLevelListener } from './care-level-listener';

export interface AssessCommand {
  citizenId: string;
  name: string;
  divisionCode: string;
  level: number;
  assessedOn: string;
  assessor: string;
}

/** 老年照护统一需求评估: records an assessment (replacing the level in force from its date) and publishes the level. */
@Injectable()
export class CareAssessmentCommands {
  constructor(
    @Inject(CARE_ASSESSMENT_REPOSITORY) private readonly assessments: CareAssessmentRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(CARE_LEVEL_LISTENER) private readonly listener?: CareLevelListener,
  ) {}

  async assess(input: AssessCommand): Promise<CareAssessment> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    const previous = await this.assessments.currentOf(citizenId.value, { forUpdate: true });
    const assessment = CareAssessment.assess(
      { ...input, id: randomUUID(), citizenId, assessedOn: BusinessDate.parse(input.assessedOn, 'assessedOn') },
      previous,
      BusinessDate.today(this.clock),
    );
    await this.assessments.add(assessment, recordedBy());
    await this.listener?.careLevelChanged(citizenId.value);
    const s = assessment.snapshot();
    await this.events.publish([
      {
        contract: CareLevelAssessed,
        subject: s.id,
        data: {
          assessmentId: s.id,
          citizenId: s.citizenId.value,
          divisionCode: s.divisionCode,
          level: s.level,
          assessedOn: s.assessedOn.toString(),
          qualifiesForSubsidisedCare: assessment.qualifies(await this.assessments.qualifyingLevels()),
        },
      },
    ]);
    return assessment;
  }

  /** The levels that qualify for subsidised care (city-level data). */
  async setQualifyingLevels(levels: number[]): Promise<number[]> {
    const checked = qualifyingLevels(levels);
    await this.assessments.setQualifyingLevels(checked, recordedBy());
    return checked;
  }
}
