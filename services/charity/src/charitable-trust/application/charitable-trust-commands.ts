import { CharitableTrustFiled } from '@civic/contracts';
import { DivisionDirectory } from '@civic/divisions';
import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CharitableTrust } from '../domain/charitable-trust';
import { CHARITABLE_TRUST_REPOSITORY, CharitableTrustRepository } from '../domain/charitable-trust.repository';

/** 慈善信托备案: a trust is filed today, within seven days of its signing, and published. */
@Injectable()
export class CharitableTrustCommands {
  constructor(
    @Inject(CHARITABLE_TRUST_REPOSITORY) private readonly trusts: CharitableTrustRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async file(input: {
    name: string;
    trusteeName: string;
    trusteeUscc: string;
    settlors: string;
    purpose: string;
    property: string;
    signedOn: string;
    divisionCode: string;
  }): Promise<CharitableTrust> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const trust = CharitableTrust.file({
      ...input,
      id: randomUUID(),
      signedOn: BusinessDate.parse(input.signedOn, 'signedOn'),
      filedOn: BusinessDate.today(this.clock),
    });
    await this.trusts.add(trust, recordedBy());
    const s = trust.snapshot();
    await this.events.publish([
      {
        contract: CharitableTrustFiled,
        subject: s.id,
        data: {
          trustId: s.id,
          name: s.name,
          trusteeName: s.trusteeName,
          trusteeUscc: s.trusteeUscc,
          property: s.property.toString(),
          signedOn: s.signedOn.toString(),
          filedOn: s.filedOn.toString(),
          divisionCode: s.divisionCode,
        },
      },
    ]);
    return trust;
  }
}
