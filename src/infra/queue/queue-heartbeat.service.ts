import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { HandlesJob } from './job-handler.decorator';
import { JobQueue } from './job-queue';
import { QueueHeartbeat } from './queue-heartbeat.entity';
import { type JobPayloads } from './queue-names';

@Injectable()
export class QueueHeartbeatService {
  constructor(
    @InjectRepository(QueueHeartbeat) private readonly heartbeats: Repository<QueueHeartbeat>,
    private readonly queue: JobQueue,
  ) {}

  async send(): Promise<string> {
    const id = randomUUID();
    await this.heartbeats.insert({ id, mode: this.queue.mode, processedAt: null });
    await this.queue.enqueue('housekeeping.heartbeat', { heartbeatId: id }, { jobId: `heartbeat:${id}` });
    return id;
  }

  async findProcessedAt(id: string): Promise<Date | null> {
    return (await this.heartbeats.findOneBy({ id }))?.processedAt ?? null;
  }

  // Idempotent: a redelivered heartbeat keeps its first processing time.
  @HandlesJob('housekeeping.heartbeat')
  async markProcessed(payload: JobPayloads['housekeeping.heartbeat']): Promise<void> {
    await this.heartbeats
      .createQueryBuilder()
      .update()
      .set({ processedAt: () => 'now()' })
      .where('id = :id AND processed_at IS NULL', { id: payload.heartbeatId })
      .execute();
  }
}
