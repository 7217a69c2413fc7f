import { DivisionCode, DomainError } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DivisionView } from './division-view.entity';

/** Answers "is this a division we know, and is it in force?" for a service's own commands. */
@Injectable()
export class DivisionDirectory {
  constructor(private readonly uow: UnitOfWork) {}

  async find(code: string): Promise<DivisionView | null> {
    return this.uow.manager().getRepository(DivisionView).findOneBy({ code });
  }

  /** The division, or a 400-class DomainError naming `field` when unknown or revoked. */
  async requireActive(code: string, field = 'divisionCode'): Promise<DivisionView> {
    DivisionCode.parse(code, field);
    const division = await this.find(code);
    if (!division) throw new DomainError('DIVISION.UNKNOWN', `${field} ${code} is not a known administrative division`, 'invalid', field);
    if (division.status !== 'active') throw new DomainError('DIVISION.REVOKED', `${field} ${code} was revoked on ${division.validTo}`, 'invalid', field);
    return division;
  }
}
