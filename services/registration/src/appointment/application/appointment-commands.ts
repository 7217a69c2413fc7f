import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppointmentRow, AppointmentStore } from '../persistence/appointment.store';

/** 预约: any office serves any resident of the city (跨区通办); foreign-related cases only where designated; never beyond a day's capacity. */
@Injectable()
export class AppointmentCommands {
  constructor(
    private readonly store: AppointmentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async book(input: { officeCode: string; day: string; kind: string; foreignRelated: boolean; citizenIds: string[] }): Promise<AppointmentRow> {
    const office = await this.store.office(input.officeCode);
    if (!office) throw new DomainError('OFFICE.UNKNOWN', `officeCode ${input.officeCode} is not a registry office`, 'invalid', 'officeCode');
    const day = BusinessDate.parse(input.day, 'day');
    if (!day.isAfter(BusinessDate.today(this.clock)))
      throw new DomainError('APPOINTMENT.NOT_FUTURE', 'appointments are for a day after today', 'invalid', 'day');
    if (input.foreignRelated && !office.foreign_related) {
      throw new DomainError(
        'APPOINTMENT.OFFICE_NOT_DESIGNATED',
        `${office.name} does not handle foreign-related registrations; choose a designated office`,
        'rule',
        'officeCode',
      );
    }
    const citizenIds = input.citizenIds.map((id, i) => CitizenId.parse(id, `citizenIds[${i}]`, this.clock).value);
    if (!(await this.store.takePlace(office.code, day.toString(), office.daily_capacity))) {
      throw new DomainError('APPOINTMENT.DAY_FULL', `${office.name} is fully booked on ${day}`, 'conflict', 'day');
    }
    return this.store.insert({
      id: randomUUID(),
      officeCode: office.code,
      day: day.toString(),
      kind: input.kind,
      foreignRelated: input.foreignRelated,
      citizenIds,
    });
  }

  async cancel(id: string): Promise<AppointmentRow> {
    const result = await this.store.cancel(id);
    if (!result) throw new DomainError('APPOINTMENT.NOT_FOUND', `no appointment ${id}`, 'not-found');
    if (!result.changed) throw new DomainError('APPOINTMENT.ALREADY_CANCELLED', 'the appointment was already cancelled', 'conflict');
    return result.row;
  }
}
