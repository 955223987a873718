import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { StaffRoute } from '../../identity';
import { type DeliveryCount, renderBackgroundMetrics } from './background-metrics';

@ApiTags('operations')
@Controller('admin/metrics')
export class BackgroundMetricsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @StaffRoute('ADMIN')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOperation({
    summary:
      'Chỉ số vận hành (Prometheus): số thông báo theo kênh và trạng thái, số lần gửi, độ trễ outbox, đồng bộ Cổng DVC quốc gia, cảnh báo thời hạn',
  })
  @ApiOkResponse({ description: 'Prometheus text format 0.0.4' })
  async metrics(): Promise<string> {
    const query = <T>(sql: string): Promise<T> => this.dataSource.query(sql);
    const [deliveries, [outbox], [portal], notices] = await Promise.all([
      query<DeliveryCount[]>(
        `SELECT channel, status, count(*)::int AS count, coalesce(sum(attempts), 0)::int AS attempts
         FROM notification_deliveries GROUP BY channel, status ORDER BY channel, status`,
      ),
      query<Array<{ undelivered: number; age: number }>>(
        `SELECT count(*)::int AS undelivered,
                coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::int AS age
         FROM outbox_events WHERE delivered_at IS NULL`,
      ),
      query<Array<{ synced: number }>>(`SELECT count(*)::int AS synced FROM portal_sync_states`),
      query<Array<{ threshold: string; count: number }>>(
        `SELECT threshold, count(*)::int AS count FROM deadline_notices GROUP BY threshold ORDER BY threshold`,
      ),
    ]);
    return renderBackgroundMetrics({
      deliveries,
      outboxUndelivered: outbox.undelivered,
      outboxOldestAgeSeconds: outbox.age,
      portalSynced: portal.synced,
      deadlineNotices: notices,
    });
  }
}
