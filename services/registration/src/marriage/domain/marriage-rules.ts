import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';

export type MaritalStatus = 'unmarried' | 'married' | 'divorced' | 'widowed';
/**
 * A person's status as the registry knows it: what registrations, imported prior records and deaths
 * left, or `unknown` for someone it has no record of (never read as unmarried: only the party's own
 * declaration, confirmed by the clerk, says that).
 */
export type PersonStatus = MaritalStatus | 'deceased' | 'unknown';
export const MARITAL_STATUS_LABELS = 'unknown 登记系统无记录 | married 已婚 | divorced 离婚 | widowed 丧偶';
export const REGISTRY_STATUSES = ['unknown', 'married', 'divorced', 'widowed', 'deceased'] as const;

/** Minimum marriage ages (Civil Code art. 1047). */
export const MIN_AGE = { male: 22, female: 20 } as const;

export interface Party {
  citizenId: CitizenId;
  name: string;
  status: MaritalStatus;
}

/**
 * 结婚登记 conditions (Civil Code arts. 1046-1051): a man and a woman, of age, neither currently
 * married, and both declaring that they are not lineal relatives or collateral relatives within
 * three generations. Each refusal names the party and the rule.
 */
export function checkMarriage(a: Party, b: Party, on: BusinessDate, declaredNoProhibitedKinship: boolean): void {
  if (a.citizenId.value === b.citizenId.value)
    throw new DomainError('MARRIAGE.SAME_PERSON', 'the two parties are the same person', 'invalid', 'partyB.citizenId');
  if (a.citizenId.sex === b.citizenId.sex)
    throw new DomainError('MARRIAGE.SAME_SEX', 'marriage registration is between a man and a woman (Civil Code art. 1049)', 'rule', 'partyB.citizenId');
  for (const [party, field] of [
    [a, 'partyA'],
    [b, 'partyB'],
  ] as const) {
    const age = party.citizenId.birthDate.fullYearsUntil(on);
    const min = MIN_AGE[party.citizenId.sex];
    if (age < min)
      throw new DomainError(
        'MARRIAGE.UNDERAGE',
        `${field} is ${age}; the legal marriage age for a ${party.citizenId.sex === 'male' ? 'man' : 'woman'} is ${min} (Civil Code art. 1047)`,
        'rule',
        `${field}.citizenId`,
      );
    if (party.status === 'married') throw new DomainError('MARRIAGE.PARTY_MARRIED', `${field} is currently married`, 'conflict', `${field}.citizenId`);
  }
  if (!declaredNoProhibitedKinship) {
    throw new DomainError(
      'MARRIAGE.PROHIBITED_KINSHIP',
      'both parties must declare they are not lineal relatives or collateral relatives within three generations (Civil Code art. 1048)',
      'rule',
      'declaredNoProhibitedKinship',
    );
  }
}

/**
 * Marriage and divorce registrations are made in person (Civil Code arts. 1049, 1076; 婚姻登记条例
 * arts. 4, 10): both parties appear at the office themselves, to apply and to collect the
 * certificate, and the clerk checks their identity documents there. No proxy, no remote filing.
 */
export function mustAppearInPerson(appeared: boolean, field: string, what: string): void {
  if (appeared !== true)
    throw new DomainError('REGISTRATION.NOT_IN_PERSON', `${what} is made in person: the clerk must confirm the party appeared (${field})`, 'rule', field);
}
