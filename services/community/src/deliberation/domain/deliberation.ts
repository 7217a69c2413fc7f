import { BusinessDate, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

/** Who sits at a deliberation (议事协商): the parties the plan names for 居民议事. */
export const PARTICIPANT_ROLES = [
  'resident-representative', // 居民代表
  'committee-member', // 居委会/村委会成员
  'party-organisation', // 社区党组织
  'owners-committee', // 业委会
  'property-management', // 物业服务企业
  'unit-representative', // 驻区单位
  'social-organisation', // 社会组织
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participant {
  name: string;
  role: ParticipantRole;
}

export interface DeliberationState {
  id: string;
  committeeCode: string;
  topic: string;
  heldOn: BusinessDate;
  participants: Participant[];
  resolution: string;
}

/** At least the residents and one other party: a deliberation is a consultation between parties, not a meeting of one. */
export const MIN_PARTICIPANTS = 3;

/**
 * A deliberation meeting (议事协商) of a committee: a topic the residents raised, the parties that
 * deliberated it and what they resolved. Recorded after it was held; residents' representatives take part.
 */
export class Deliberation {
  private constructor(private readonly state: DeliberationState) {}

  static restore(state: DeliberationState): Deliberation {
    return new Deliberation({ ...state, participants: [...state.participants] });
  }

  static record(input: {
    id: string;
    committeeCode: string;
    topic: string;
    heldOn: BusinessDate;
    participants: Participant[];
    resolution: string;
  }): Deliberation {
    const committee = DivisionCode.parse(input.committeeCode, 'committeeCode');
    if (committee.level !== 'committee')
      throw new DomainError(
        'DELIBERATION.NOT_A_COMMITTEE',
        "deliberations are a residents' or villagers' committee's (a 12-digit code)",
        'rule',
        'committeeCode',
      );
    const participants = input.participants.map((p, i) => ({ name: requiredText(p.name, `participants[${i}].name`, 50, 'DELIBERATION'), role: p.role }));
    if (participants.length < MIN_PARTICIPANTS || new Set(participants.map((p) => p.name)).size !== participants.length)
      throw new DomainError(
        'DELIBERATION.TOO_FEW_PARTICIPANTS',
        `a deliberation has at least ${MIN_PARTICIPANTS} different participants`,
        'rule',
        'participants',
      );
    if (!participants.some((p) => p.role === 'resident-representative'))
      throw new DomainError('DELIBERATION.NO_RESIDENTS', 'residents’ representatives take part in a deliberation (居民议事)', 'rule', 'participants');
    return new Deliberation({
      id: input.id,
      committeeCode: committee.value,
      topic: requiredText(input.topic, 'topic', 200, 'DELIBERATION'),
      heldOn: input.heldOn,
      participants,
      resolution: requiredText(input.resolution, 'resolution', 2000, 'DELIBERATION'),
    });
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<DeliberationState> {
    return { ...this.state, participants: [...this.state.participants] };
  }
}

export function deliberationNotFound(id: string): DomainError {
  return new DomainError('DELIBERATION.NOT_FOUND', `no deliberation ${id}`, 'not-found');
}
