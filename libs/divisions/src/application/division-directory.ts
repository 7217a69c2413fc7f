import { DivisionCode, DomainError } from '@civic/domain-kernel';
import { Inject, Injectable } from '@nestjs/common';
import { DIVISION_READ_MODEL, DivisionReadModel, DivisionView } from './division-read-model';

/** Answers "is this a division we know, and is it in force?" for a service's own commands. */
@Injectable()
export class DivisionDirectory {
  constructor(@Inject(DIVISION_READ_MODEL) private readonly divisions: DivisionReadModel) {}

  find(code: string): Promise<DivisionView | null> {
    return this.divisions.find(code);
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
