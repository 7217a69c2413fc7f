import { DomainError } from '@civic/domain-kernel';
import { recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationCommands } from '../../applications/application/application-commands';
import { LEAD_SOURCE_EVENTS } from './lead-sources';
import { Lead, leadNotFound } from '../domain/lead';
import { LeadRule, validateRule } from '../domain/lead-rule';
import { LEAD_REPOSITORY, LeadRepository } from '../domain/lead.repository';

/** What advisers do with leads, and how operators change the rules that make them. */
@Injectable()
export class LeadCommands {
  constructor(
    @Inject(LEAD_REPOSITORY) private readonly leads: LeadRepository,
    private readonly applications: ApplicationCommands,
  ) {}

  async assign(id: string, assignee: string): Promise<Lead> {
    return this.change(id, (lead) => lead.assign(assignee));
  }

  async followUp(id: string, text: string): Promise<Lead> {
    return this.change(id, (lead) => lead.followUp({ at: new Date().toISOString(), by: recordedBy(), text }));
  }

  async dismiss(id: string, reason: string): Promise<Lead> {
    return this.change(id, (lead) => lead.dismiss(reason));
  }

  /** 转申请: the adviser files an application for the person's household (given when the lead had none). */
  async convert(id: string, input: { programme: string; householdId?: string }): Promise<Lead> {
    return this.change(id, async (lead) => {
      const householdId = input.householdId ?? lead.householdId;
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

  rules(): Promise<LeadRule[]> {
    return this.leads.rules();
  }

  async saveRule(rule: LeadRule): Promise<LeadRule> {
    const valid = validateRule(
      rule,
      LEAD_SOURCE_EVENTS.map((c) => c.type),
    );
    await this.leads.saveRule(valid);
    return valid;
  }

  private async change(id: string, apply: (lead: Lead) => void | Promise<void>): Promise<Lead> {
    const lead = await this.leads.find(id);
    if (!lead) throw leadNotFound(id);
    const expected = lead.version;
    await apply(lead);
    await this.leads.save(lead, expected);
    return lead;
  }
}
