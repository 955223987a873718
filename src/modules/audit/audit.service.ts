import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { ANONYMOUS_ACTOR, type RequestContextStore } from '../../infra/context/request-context';
import { AuditEvent } from './audit-event.entity';
import { sanitiseAuditSummary } from './domain/audit-summary';

export interface AuditEntry {
  // Dotted verb, e.g. 'user.create', 'agency.close', 'citizen.read'.
  action: string;
  targetType: string;
  targetId?: string | null;
  summary?: Record<string, unknown>;
}

// Appends audit events in the caller's transaction, so an event exists exactly when its change does.
@Injectable()
export class AuditService {
  constructor(
    private readonly transactions: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService<RequestContextStore>,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const actor = (this.cls.isActive() ? this.cls.get('actor') : undefined) ?? ANONYMOUS_ACTOR;
    await this.transactions.tx.getRepository(AuditEvent).insert({
      actorKind: actor.kind,
      actorId: actor.id,
      actorRoles: [...actor.roles],
      actorAgencyId: actor.agencyId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      ip: this.cls.isActive() ? (this.cls.get('ip') ?? null) : null,
      requestId: this.cls.isActive() ? (this.cls.get('requestId') ?? null) : null,
      summary: sanitiseAuditSummary(entry.summary ?? {}) as AuditEvent['summary'] & object,
    });
  }
}
