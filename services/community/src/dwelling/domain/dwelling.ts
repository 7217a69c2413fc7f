import { DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

/** 房屋 kinds of the community cloud: 住宅 apartment, 平房/自建房 house, 集体户 collective, other. */
export const DWELLING_KINDS = ['apartment', 'house', 'collective', 'other'] as const;
export type DwellingKind = (typeof DWELLING_KINDS)[number];

export interface DwellingState {
  id: string;
  /** The residents' or villagers' committee (居委会/村委会) the dwelling belongs to. */
  committeeCode: string;
  address: string;
  kind: DwellingKind;
  version: number;
}

/** A dwelling (房) of the community cloud's 人房数据: an address under one committee. */
export class Dwelling {
  private constructor(private readonly state: DwellingState) {}

  static restore(state: DwellingState): Dwelling {
    return new Dwelling({ ...state });
  }

  /** A dwelling belongs to a committee (a 12-digit division), never directly to a sub-district or district. */
  static register(input: { id: string; committeeCode: string; address: string; kind: string }): Dwelling {
    const committee = DivisionCode.parse(input.committeeCode, 'committeeCode');
    if (committee.level !== 'committee')
      throw new DomainError(
        'DWELLING.NOT_UNDER_COMMITTEE',
        `a dwelling belongs to a residents' or villagers' committee (a 12-digit code), not to ${committee.value}`,
        'rule',
        'committeeCode',
      );
    if (!(DWELLING_KINDS as readonly string[]).includes(input.kind))
      throw new DomainError('DWELLING.FIELD_INVALID', `kind must be one of ${DWELLING_KINDS.join(', ')}`, 'invalid', 'kind');
    return new Dwelling({
      id: input.id,
      committeeCode: committee.value,
      address: requiredText(input.address, 'address', 200, 'DWELLING'),
      kind: input.kind as DwellingKind,
      version: 1,
    });
  }

  get id(): string {
    return this.state.id;
  }
  get committeeCode(): string {
    return this.state.committeeCode;
  }
  snapshot(): Readonly<DwellingState> {
    return { ...this.state };
  }
}

export function dwellingNotFound(id: string): DomainError {
  return new DomainError('DWELLING.NOT_FOUND', `no dwelling ${id}`, 'not-found');
}

export function dwellingAddressTaken(): DomainError {
  return new DomainError('DWELLING.ADDRESS_TAKEN', 'the committee already has a dwelling at this address', 'conflict', 'address');
}
