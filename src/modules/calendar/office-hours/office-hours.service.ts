import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit';
import { invalidCalendarInput, officeHoursConflict, officeHoursNotFound } from '../calendar.errors';
import { buildCheckedCalendar } from '../calendar.service';
import {
  CalendarChangeListeners,
  type CommittedCalendarChange,
} from '../changes/calendar-change-listeners.service';
import { checkOfficeHoursRule } from '../domain/calendar-change-check';
import { findChangeScope } from '../domain/calendar-change-scope';
import { applyCalendarChange, type ScopedOfficeHours } from '../domain/calendar-data';
import { type OfficePeriod } from '../domain/engine';
import { type IsoDate } from '../domain/local-date';
import { type OfficeHoursChange } from '../domain/office-hours-change';
import { CalendarRevisionRepository } from '../revision/calendar-revision.repository';
import { WorkingCalendarCache } from '../working-calendar.cache';
import { OfficeHoursRepository } from './office-hours.repository';

export interface OfficeHoursInput {
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
  readonly periods: readonly OfficePeriod[];
}

// Office hours as dated configuration: the province default and agencies' overrides. Every change
// is checked by building the calendar it would give, then saved, counted and audited together.
@Injectable()
export class OfficeHoursService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly officeHours: OfficeHoursRepository,
    private readonly revisions: CalendarRevisionRepository,
    private readonly cache: WorkingCalendarCache,
    private readonly audit: AuditService,
    private readonly changeListeners: CalendarChangeListeners,
  ) {}

  // All rules, or one scope's: an agency's own rules (not those it inherits).
  async list(agencyId?: string): Promise<ScopedOfficeHours[]> {
    if (agencyId === undefined) {
      return this.officeHours.findAll(this.txHost.tx);
    }
    await this.cache.findLineage(agencyId);
    return this.officeHours.findScope(this.txHost.tx, agencyId);
  }

  async create(agencyId: string | null, input: OfficeHoursInput): Promise<ScopedOfficeHours> {
    return this.saveThenNotify(async () => {
      assertRule(input);
      if (agencyId !== null) {
        await this.cache.findLineage(agencyId);
      }
      const rule = { id: randomUUID(), ...input };
      const change = await this.applyChange('calendar.office-hours.create', agencyId, {
        kind: 'create',
        rule,
      });
      return [{ ...rule, agencyId }, change];
    });
  }

  async update(id: string, input: OfficeHoursInput): Promise<ScopedOfficeHours> {
    return this.saveThenNotify(async () => {
      assertRule(input);
      const existing = await this.findExisting(id);
      const rule = { id, ...input };
      const change = await this.applyChange(
        'calendar.office-hours.update',
        existing.agencyId,
        { kind: 'update', rule },
        existing,
      );
      return [{ ...rule, agencyId: existing.agencyId }, change];
    });
  }

  async remove(id: string): Promise<void> {
    await this.saveThenNotify(async () => {
      const existing = await this.findExisting(id);
      const change = await this.applyChange(
        'calendar.office-hours.delete',
        existing.agencyId,
        { kind: 'delete', id },
        existing,
      );
      return [undefined, change];
    });
  }

  // One transaction per change; once it commits, the change listeners hear of it (the dossiers
  // re-date the open deadlines the new hours move).
  private async saveThenNotify<T>(save: () => Promise<[T, CommittedCalendarChange]>): Promise<T> {
    const [result, change] = await this.txHost.withTransaction(save);
    await this.changeListeners.notifyCommitted(change);
    return result;
  }

  private async findExisting(id: string): Promise<ScopedOfficeHours> {
    const existing = await this.officeHours.findById(this.txHost.tx, id);
    if (!existing) {
      throw officeHoursNotFound(id);
    }
    return existing;
  }

  private async applyChange(
    action: string,
    agencyId: string | null,
    change: OfficeHoursChange,
    before?: ScopedOfficeHours,
  ): Promise<CommittedCalendarChange> {
    const manager = this.txHost.tx;
    const revision = await this.revisions.bump(manager); // serialises calendar changes from here to commit
    const snapshot = await this.cache.loadSnapshot(manager);
    const calendarChange = { kind: 'office-hours', agencyId, change } as const;
    const applied = applyCalendarChange(snapshot, calendarChange);
    if (!applied.ok) {
      throw officeHoursConflict(applied.conflict);
    }
    buildCheckedCalendar(applied.data, agencyId);
    const scopeBefore = snapshot.officeHours.filter((rule) => rule.agencyId === agencyId);
    await this.officeHours.saveScope(manager, agencyId, scopeBefore, applied.plan!.rules);
    const targetId = change.kind === 'delete' ? change.id : change.rule.id;
    await this.audit.record({
      action,
      targetType: 'office_hours',
      targetId,
      summary: {
        agencyId,
        before: before ? describeRule(before) : null,
        after: change.kind === 'delete' ? null : describeRule(change.rule),
        closed: applied.plan?.closed ?? null,
        reopened: applied.plan?.reopened ?? null,
      },
    });
    return { revision, action, targetId, scope: findChangeScope(snapshot, calendarChange) };
  }
}

function assertRule(input: OfficeHoursInput): void {
  const errors = checkOfficeHoursRule(input);
  if (errors.length > 0) {
    throw invalidCalendarInput(errors);
  }
}

function describeRule(rule: OfficeHoursInput): Record<string, unknown> {
  return { validFrom: rule.validFrom, validTo: rule.validTo ?? null, periods: rule.periods };
}
