import { Module } from '@nestjs/common';
import { STATISTICS_QUERIES } from './application/statistics-queries';
import { StatisticsController } from './http/statistics.controller';
import { SqlStatisticsQueries } from './persistence/statistics.queries';

/** 统计: the charity context's figures per district. */
@Module({
  controllers: [StatisticsController],
  providers: [{ provide: STATISTICS_QUERIES, useClass: SqlStatisticsQueries }],
})
export class StatisticsModule {}
