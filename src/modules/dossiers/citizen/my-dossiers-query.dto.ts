import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../../infra/http/page-query';
import { DOSSIER_STATUSES } from '../domain';
import { QUEUE_SORTS } from '../queues/work-queue.dto';

// A citizen's own dossiers: the staff queue's filters about agencies, assignees and applicants
// mean nothing here; the newest submission comes first.
export class MyDossiersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: (typeof DOSSIER_STATUSES)[number];

  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: 'submittedAt' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort: (typeof QUEUE_SORTS)[number] = 'submittedAt';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}
