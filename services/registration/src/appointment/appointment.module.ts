import { Module } from '@nestjs/common';
import { AppointmentAttendance } from './application/appointment-attendance';
import { AppointmentCommands } from './application/appointment-commands';
import { APPOINTMENT_QUERIES } from './application/appointment-queries';
import { APPOINTMENT_REPOSITORY } from './domain/appointment.repository';
import { AppointmentsController } from './http/appointments.controller';
import { SqlAppointmentQueries } from './persistence/appointment.queries';
import { SqlAppointmentRepository } from './persistence/sql-appointment.repository';

@Module({
  controllers: [AppointmentsController],
  providers: [
    AppointmentCommands,
    AppointmentAttendance,
    { provide: APPOINTMENT_REPOSITORY, useClass: SqlAppointmentRepository },
    { provide: APPOINTMENT_QUERIES, useClass: SqlAppointmentQueries },
  ],
  exports: [AppointmentAttendance],
})
export class AppointmentModule {}
