import { DomainError } from '@civic/domain-kernel';
import { assertDistrictInScope, ConcurrentUpdateError, requestContext } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ApplicationCommands } from '../../applications/application/application-commands';
import { LEAD_SOURCE_EVENTS } from './lead-sources';
import { Lead } from '../domain/lead';
import { LeadRule, validateRule } from '../domain/lead-rule';
import { LeadRow, LeadStore } from '../persistence/lead.store';

/** What advisers do with leads, and how operators change the rules that make them. */
@Injectable()
export class LeadCommands {
  constructor(
    private readonly store: LeadStore,
    private readonly applications: ApplicationCommands,
  ) {}

  async assign(id: string, assignee: string): Promise<LeadRow> {
    return this.change(id, (lead) => lead.assign(assignee));
  }

  async followUp(id: string, text: string): Promise<LeadRow> {
    return this.change(id, (lead) => lead.followUp({ at: new Date().toISOString(), by: requestContext.current()?.actor?.subject ?? 'system', text }));
  }

  async dismiss(id: string, reason: string): Promise<LeadRow> {
    return this.change(id, (lead) => lead.dismiss(reason));
  }

  /** 转申请: the adviser files an application for the person's household (given when the lead had none). */
  async convert(id: string, input: { programme: string; householdId?: string }): Promise<LeadRow> {
    return this.change(id, async (lead, row) => {
      const householdId = input.householdId ?? row.household_id;
      if (!householdId)
        throw new DomainError(
          'LEAD.HOUSEHOLD_REQUIRED',
          'the person is in no registered household: register it and give householdId',
          'invalid',
          'householdId',
        );
      const application = await this.applications.submit({ householdId, programme: input.programme });
      lead.convert(application.id);
    });
  }

  async saveRule(rule: LeadRule): Promise<LeadRule> {
    const valid = validateRule(
      rule,
      LEAD_SOURCE_EVENTS.map((c) => c.type),
    );
    await this.store.saveRule(valid);
    return valid;
  }

  private async change(id: string, apply: (lead: Lead, row: LeadRow) => void | Promise<void>): Promise<LeadRow> {
    const found = await this.store.find(id);
    if (!found) throw new DomainError('LEAD.NOT_FOUND', `no lead ${id}`, 'not-found');
    assertDistrictInScope(found.row.division_code);
    const expected = found.lead.snapshot().version;
    await apply(found.lead, found.row);
    if (!(await this.store.update(found.lead.snapshot(), expected))) throw new ConcurrentUpdateError();
    return (await this.store.find(id))!.row;
  }
}
