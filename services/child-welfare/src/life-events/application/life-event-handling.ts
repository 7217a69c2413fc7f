import { BusinessDate } from '@civic/domain-kernel';
import { Injectable } from '@nestjs/common';
import { ChildCommands } from '../../child/application/child-commands';
import { ProtectionCaseCommands } from '../../protection-case/application/protection-case-commands';

/**
 * What child welfare does when another context registers a life event (DOMAIN.md "Life events"):
 * each step is idempotent on its own, and the inbox keeps a redelivered event from running twice.
 */
@Injectable()
export class LifeEventHandling {
  constructor(
    private readonly children: ChildCommands,
    private readonly cases: ProtectionCaseCommands,
  ) {}

  /** A death: a child's record and cases close; a guardian's children lose the guardianship and get a re-assessment case. */
  async deathRegistered(citizenId: string, on: BusinessDate): Promise<void> {
    const child = await this.children.closeOnEvent(citizenId, 'deceased', on);
    if (child) await this.cases.closeAllOfChild(child.id, on, '儿童死亡');
    for (const ward of await this.children.guardianDied(citizenId, on)) {
      await this.cases.openForGuardianDeath(ward.id, ward.divisionCode, on);
    }
  }

  /** An adoption registered: the adoptee's record closes (its allowance stops with it) and the open cases close. */
  async adoptionRegistered(adopteeCitizenId: string, on: BusinessDate): Promise<void> {
    const child = await this.children.closeOnEvent(adopteeCitizenId, 'adopted', on);
    if (child) await this.cases.closeAllOfChild(child.id, on, '已办理收养登记');
  }
}
