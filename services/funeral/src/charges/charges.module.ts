import { Module } from '@nestjs/common';
import { DeathRecordModule } from '../death-record/death-record.module';
import { ChargesCommands } from './application/charges-commands';
import { BenefitsSubscriber } from './consumers/benefits.subscriber';
import { ChargesController } from './http/charges.controller';
import { ChargesStore } from './persistence/charges.store';

@Module({ imports: [DeathRecordModule], controllers: [ChargesController], providers: [ChargesStore, ChargesCommands, BenefitsSubscriber] })
export class ChargesModule {}
