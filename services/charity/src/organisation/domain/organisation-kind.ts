import { CIVIL_AFFAIRS_ORGANISATION_TYPES, DomainError, Money, UnifiedSocialCreditCode } from '@civic/domain-kernel';

export const ORGANISATION_KINDS = ['social-group', 'social-service-institution', 'foundation'] as const;
/** 社会团体, 社会服务机构 (民办非企业单位), 基金会. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The kind a civil-affairs code (first character 5) says, by its second character; anything else is no kind of ours. */
export function kindOfUscc(uscc: UnifiedSocialCreditCode): OrganisationKind | undefined {
  if (uscc.registrationAuthority !== '5') return undefined;
  const kind = CIVIL_AFFAIRS_ORGANISATION_TYPES[uscc.organisationType];
  return (ORGANISATION_KINDS as readonly string[]).includes(kind) ? (kind as OrganisationKind) : undefined;
}

/**
 * The funds a kind must register with: a foundation its original fund (基金会管理条例 第八条, at
 * least 2,000,000 yuan for a local one), a social group its activity funds (社会团体登记管理条例
 * 第十条, at least 30,000 yuan for a local one); a social service institution states its founding
 * funds if it has them.
 */
export const MINIMUM_CAPITAL: Record<OrganisationKind, Money | null> = {
  foundation: Money.parse('2000000'),
  'social-group': Money.parse('30000'),
  'social-service-institution': null,
};

export function checkRegisteredCapital(kind: OrganisationKind, capital: Money | null): void {
  const minimum = MINIMUM_CAPITAL[kind];
  if (capital && capital.fen <= 0)
    throw new DomainError('ORGANISATION.CAPITAL_INVALID', 'registeredCapital must be more than 0', 'invalid', 'registeredCapital');
  if (minimum && (!capital || capital.compare(minimum) < 0))
    throw new DomainError('ORGANISATION.CAPITAL_BELOW_MINIMUM', `a ${kind} registers with at least ${minimum} yuan`, 'rule', 'registeredCapital');
}
