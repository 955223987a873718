import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { BackgroundWorkIndicator } from './background-work.indicator';
import { RedisHealthIndicator } from './redis.indicator';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, BackgroundWorkIndicator],
})
export class HealthModule {}
