import { Module } from '@nestjs/common';
import { STATISTICS_QUERIES } from './application/statistics-queries';
import { SqlStatisticsQueries } from './persistence/statistics.queries';
import { StatisticsController } from './http/statistics.controller';

@Module({ controllers: [StatisticsController], providers: [{ provide: STATISTICS_QUERIES, useClass: SqlStatisticsQueries }] })
export class StatisticsModule {}
