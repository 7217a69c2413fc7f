import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { AppointmentKind, appointmentNotFound } from '../domain/appointment';
import { APPOINTMENT_REPOSITORY, AppointmentRepository } from '../domain/appointment.repository';

/** The registration an appointment led to: used by the registrations, in their command transaction. */
@Injectable()
export class AppointmentAttendance {
  constructor(
    @Inject(APPOINTMENT_REPOSITORY) private readonly appointments: AppointmentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async attend(id: string, registration: { kind: AppointmentKind; officeCode: string; citizenIds: string[]; registrationId: string }): Promise<void> {
    const appointment = await this.appointments.find(id);
    if (!appointment) throw appointmentNotFound(id);
    appointment.attend(registration, BusinessDate.today(this.clock));
    await this.appointments.save(appointment, appointment.pullChanges());
  }
}
