import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { CharitableTrustCommands } from './application/charitable-trust-commands';
import { CHARITABLE_TRUST_QUERIES } from './application/charitable-trust-queries';
import { CHARITABLE_TRUST_REPOSITORY } from './domain/charitable-trust.repository';
import { CharitableTrustsController } from './http/charitable-trusts.controller';
import { SqlCharitableTrustQueries } from './persistence/charitable-trust.queries';
import { SqlCharitableTrustRepository } from './persistence/sql-charitable-trust.repository';

/** 慈善信托备案. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [CharitableTrustsController],
  providers: [
    CharitableTrustCommands,
    { provide: CHARITABLE_TRUST_REPOSITORY, useClass: SqlCharitableTrustRepository },
    { provide: CHARITABLE_TRUST_QUERIES, useClass: SqlCharitableTrustQueries },
  ],
})
export class CharitableTrustModule {}
