import { Module } from '@nestjs/common';
import { DeathRecordModule } from '../death-record/death-record.module';
import { ChargesCommands } from './application/charges-commands';
import { BenefitsConsumer } from './consumers/benefits.consumer';
import { ChargesController } from './http/charges.controller';
import { CHARGES_QUERIES } from './application/charges-queries';
import { CHARGES_REPOSITORY } from './domain/charges.repository';
import { SqlChargesQueries } from './persistence/charges.queries';
import { SqlChargesRepository } from './persistence/sql-charges.repository';

@Module({
  imports: [DeathRecordModule],
  controllers: [ChargesController, BenefitsConsumer],
  providers: [ChargesCommands, { provide: CHARGES_REPOSITORY, useClass: SqlChargesRepository }, { provide: CHARGES_QUERIES, useClass: SqlChargesQueries }],
})
export class ChargesModule {}
