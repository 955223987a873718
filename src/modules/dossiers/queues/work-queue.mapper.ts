import { type PageQuery } from '../../../infra/http/page-query';
import { toDossierDto } from '../dossier.mapper';
import { type WorkQueueItemDto, type WorkQueuePageDto } from './work-queue.dto';
import { type WorkQueueResult } from './work-queue.service';

export function toWorkQueuePage(result: WorkQueueResult, query: PageQuery): WorkQueuePageDto {
  return {
    items: result.items.map((dossier): WorkQueueItemDto => ({
      ...toDossierDto(dossier),
      procedureName: result.procedureNames.get(dossier.procedureVersionId) ?? '',
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: result.total,
    totalCapped: result.totalCapped,
  };
}
