import { Module } from '@nestjs/common';
import { StatisticsQueries } from './application/statistics-queries';
import { StatisticsController } from './http/statistics.controller';

@Module({ controllers: [StatisticsController], providers: [StatisticsQueries] })
export class StatisticsModule {}
