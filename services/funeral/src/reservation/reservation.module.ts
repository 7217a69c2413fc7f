import { Module } from '@nestjs/common';
import { CemeteryModule } from '../cemetery/cemetery.module';
import { ReservationCommands } from './application/reservation-commands';
import { SoldOutSlots } from './application/sold-out-slots';
import { ReservationsController } from './http/reservations.controller';
import { ReservationStore } from './persistence/reservation.store';

@Module({
  imports: [CemeteryModule],
  controllers: [ReservationsController],
  providers: [ReservationStore, ReservationCommands, SoldOutSlots],
})
export class ReservationModule {}
