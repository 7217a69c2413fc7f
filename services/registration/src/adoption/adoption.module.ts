import { Module } from '@nestjs/common';
import { AdoptionCommands } from './application/adoption-commands';
import { AdoptionAssessmentsConsumer } from './consumers/adoption-assessments.consumer';
import { AdoptionsController } from './http/adoptions.controller';
import { AdoptionStore } from './persistence/adoption.store';

@Module({ controllers: [AdoptionsController, AdoptionAssessmentsConsumer], providers: [AdoptionStore, AdoptionCommands] })
export class AdoptionModule {}
