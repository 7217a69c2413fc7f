import { Module } from '@nestjs/common';
import { CemeteryModule } from '../cemetery/cemetery.module';
import { ReservationCommands } from './application/reservation-commands';
import { SoldOutSlots } from './application/sold-out-slots';
import { ReservationsController } from './http/reservations.controller';
import { RESERVATION_QUERIES } from './application/reservation-queries';
import { RESERVATION_REPOSITORY } from './domain/reservation.repository';
import { SqlReservationQueries } from './persistence/reservation.queries';
import { SqlReservationRepository } from './persistence/sql-reservation.repository';

@Module({
  imports: [CemeteryModule],
  controllers: [ReservationsController],
  providers: [
    ReservationCommands,
    SoldOutSlots,
    { provide: RESERVATION_REPOSITORY, useClass: SqlReservationRepository },
    { provide: RESERVATION_QUERIES, useClass: SqlReservationQueries },
  ],
})
export class ReservationModule {}
