import { Module } from '@nestjs/common';
import { DeathRecordModule } from '../death-record/death-record.module';
import { ChargesCommands } from './application/charges-commands';
import { BenefitsConsumer } from './consumers/benefits.consumer';
import { ChargesController } from './http/charges.controller';
import { ChargesStore } from './persistence/charges.store';

@Module({ imports: [DeathRecordModule], controllers: [ChargesController, BenefitsConsumer], providers: [ChargesStore, ChargesCommands] })
export class ChargesModule {}
