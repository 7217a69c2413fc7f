import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Appointment, AppointmentKind, appointmentNotFound, dayFull, unknownOffice } from '../domain/appointment';
import { APPOINTMENT_REPOSITORY, AppointmentRepository } from '../domain/appointment.repository';

/** 预约 and its cancellation. Each runs in the command transaction. */
@Injectable()
export class AppointmentCommands {
  constructor(
    @Inject(APPOINTMENT_REPOSITORY) private readonly appointments: AppointmentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async book(input: { officeCode: string; day: string; kind: string; foreignRelated: boolean; citizenIds: string[] }): Promise<Appointment> {
    const office = await this.appointments.office(input.officeCode);
    if (!office) throw unknownOffice(input.officeCode);
    const day = BusinessDate.parse(input.day, 'day');
    const appointment = Appointment.book({
      id: randomUUID(),
      office,
      day,
      today: BusinessDate.today(this.clock),
      kind: input.kind as AppointmentKind,
      foreignRelated: input.foreignRelated,
      citizenIds: input.citizenIds.map((id, i) => CitizenId.parse(id, `citizenIds[${i}]`, this.clock)),
    });
    if (!(await this.appointments.takePlace(office, day))) throw dayFull(office, day);
    await this.appointments.save(appointment, appointment.pullChanges());
    return appointment;
  }

  async cancel(id: string): Promise<Appointment> {
    const appointment = await this.appointments.find(id);
    if (!appointment) throw appointmentNotFound(id);
    appointment.cancel();
    await this.appointments.save(appointment, appointment.pullChanges());
    return appointment;
  }
}
