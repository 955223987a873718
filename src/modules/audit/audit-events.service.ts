import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgencyDirectory } from '../catalog';
import { type Principal } from '../identity/domain/principal';
import { AuditEvent } from './audit-event.entity';
import { type AuditEventPageDto, type ListAuditEventsQuery } from './audit-events.dto';

// Admins read the audit log: of the whole system when their organisation is the tree's root,
// otherwise the events of actors within their organisation's subtree.
@Injectable()
export class AuditEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AgencyDirectory,
  ) {}

  async list(admin: Principal, query: ListAuditEventsQuery): Promise<AuditEventPageDto> {
    const builder = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.id', 'DESC');
    const organisationId =
      admin.kind === 'staff' ? await this.directory.organisationOf(admin.agencyId) : null;
    const ancestors = organisationId ? await this.directory.ancestorsOf(organisationId) : [];
    if (ancestors.length !== 1) {
      builder.andWhere(
        'e.actor_agency_id IN (SELECT descendant_id FROM agency_closure WHERE ancestor_id = :organisationId)',
        { organisationId },
      );
    }
    const filters: Array<[keyof ListAuditEventsQuery, string]> = [
      ['actorId', 'e.actor_id = :actorId'],
      ['action', 'e.action = :action'],
      ['targetType', 'e.target_type = :targetType'],
      ['targetId', 'e.target_id = :targetId'],
      ['from', 'e.occurred_at >= :from'],
      ['to', 'e.occurred_at < :to'],
    ];
    for (const [key, condition] of filters) {
      if (query[key] !== undefined) {
        builder.andWhere(condition, { [key]: query[key] });
      }
    }
    const [rows, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
