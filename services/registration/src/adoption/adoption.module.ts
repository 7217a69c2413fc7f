import { Module } from '@nestjs/common';
import { AdoptionCommands } from './application/adoption-commands';
import { AdoptionAssessmentsSubscriber } from './consumers/adoption-assessments.subscriber';
import { AdoptionsController } from './http/adoptions.controller';
import { AdoptionStore } from './persistence/adoption.store';

@Module({ controllers: [AdoptionsController], providers: [AdoptionStore, AdoptionCommands, AdoptionAssessmentsSubscriber] })
export class AdoptionModule {}
