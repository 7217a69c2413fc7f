import { Module } from '@nestjs/common';
import { AppointmentCommands } from './application/appointment-commands';
import { AppointmentsController } from './http/appointments.controller';
import { AppointmentStore } from './persistence/appointment.store';

@Module({ controllers: [AppointmentsController], providers: [AppointmentStore, AppointmentCommands] })
export class AppointmentModule {}
