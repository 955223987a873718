import { Injectable } from '@nestjs/common';
import { HandlesJob } from '../../../infra/queue/job-handler.decorator';
import { type JobPayloads } from '../../../infra/queue/queue-names';
import { ReportExportsService } from './report-exports.service';

@Injectable()
export class ReportExportProcessor {
  constructor(private readonly exports: ReportExportsService) {}

  @HandlesJob('exports.report')
  write(payload: JobPayloads['exports.report']): Promise<void> {
    return this.exports.run(payload.exportId);
  }
}
