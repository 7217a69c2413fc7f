import { DivisionReadModelModule } from '@civic/divisions';
import { Global, Module } from '@nestjs/common';
import { BED_VACANCY_LISTENER } from '../bed/application/bed-vacancy';
import { BedModule } from '../bed/bed.module';
import { CARE_LEVEL_LISTENER } from '../care-assessment/application/care-level-listener';
import { ELDER_PROGRAMMES } from './application/elder-programmes';
import { OFFER_EXPIRY_SWEEP_MS, OfferExpiryWorker } from './application/offer-expiry-worker';
import { WaitingListCommands } from './application/waiting-list-commands';
import { WaitingListListeners } from './application/waiting-list-listeners';
import { OFFER_QUERIES, WAITING_LIST_QUERIES } from './application/waiting-list-queries';
import { BenefitsConsumer } from './consumers/benefits.consumer';
import { DeathsConsumer } from './consumers/deaths.consumer';
import { WAITING_LIST_REPOSITORY } from './domain/waiting-list.repository';
import { WaitingListController } from './http/waiting-list.controller';
import { SqlOfferDivisions, SqlWaitingListQueries } from './persistence/waiting-list.queries';
import { SqlWaitingListRepository } from './persistence/sql-waiting-list.repository';
import { SqlElderProgrammes } from './persistence/sql-elder-programmes';

/**
 * 保基本养老床位轮候, in the one module pattern. Global for its two listeners (beds tell it of vacancies
 * and assessments of new care levels without importing it: it imports them) and for the elders'
 * programmes it keeps from assistance's benefit events, which home adaptation and meals read.
 */
@Global()
@Module({
  imports: [DivisionReadModelModule, BedModule],
  controllers: [WaitingListController, BenefitsConsumer, DeathsConsumer],
  providers: [
    WaitingListCommands,
    WaitingListListeners,
    OfferExpiryWorker,
    { provide: OFFER_EXPIRY_SWEEP_MS, useValue: 3_600_000 },
    { provide: BED_VACANCY_LISTENER, useExisting: WaitingListListeners },
    { provide: CARE_LEVEL_LISTENER, useExisting: WaitingListListeners },
    { provide: WAITING_LIST_REPOSITORY, useClass: SqlWaitingListRepository },
    { provide: WAITING_LIST_QUERIES, useClass: SqlWaitingListQueries },
    { provide: OFFER_QUERIES, useClass: SqlOfferDivisions },
    { provide: ELDER_PROGRAMMES, useClass: SqlElderProgrammes },
  ],
  exports: [BED_VACANCY_LISTENER, CARE_LEVEL_LISTENER, ELDER_PROGRAMMES],
})
export class WaitingListModule {}
