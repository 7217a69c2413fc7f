import { Module } from '@nestjs/common';
import { MealModule } from '../meal/meal.module';
import { ELDERCARE_STATISTICS_QUERIES } from './application/statistics-queries';
import { EldercareStatisticsController } from './http/statistics.controller';
import { SqlEldercareStatisticsQueries } from './persistence/statistics.queries';

/** 养老服务统计: read-only counts across the context's tables. */
@Module({
  imports: [MealModule],
  controllers: [EldercareStatisticsController],
  providers: [{ provide: ELDERCARE_STATISTICS_QUERIES, useClass: SqlEldercareStatisticsQueries }],
})
export class EldercareStatisticsModule {}
