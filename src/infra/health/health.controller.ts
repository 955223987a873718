import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthCheckResult,
  type HealthIndicatorFunction,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { type AppConfig, APP_CONFIG } from '../../config';
import { PublicRoute } from '../../modules/identity';
import { ProblemException } from '../http/problem.mapper';
import { problemType } from '../http/problem-details';
import { BackgroundWorkIndicator } from './background-work.indicator';
import { RedisHealthIndicator } from './redis.indicator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly backgroundWork: BackgroundWorkIndicator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @PublicRoute()
  @HealthCheck({ noCache: true })
  @ApiOperation({
    summary:
      'Liveness and dependencies: database, Redis when configured; the background backlog (outbox lag, deliveries, queues) for information',
  })
  @ApiOkResponse({ description: 'All dependencies are up' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json with `checks`)' })
  async check(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.database.pingCheck('database', { timeout: 2000 })];
    if (this.config.redis) {
      checks.push(() => this.redis.check());
    }
    checks.push(() => this.backgroundWork.check());
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) {
        throw error;
      }
      const result = error.getResponse() as HealthCheckResult;
      const down = Object.keys(result.error ?? {});
      throw new ProblemException(
        {
          type: problemType('unhealthy'),
          title: 'Dịch vụ tạm thời không khả dụng',
          status: 503,
          detail: `Thành phần không hoạt động: ${down.join(', ')}.`,
          checks: result.details,
        },
        { 'Retry-After': '5' },
      );
    }
  }
}
