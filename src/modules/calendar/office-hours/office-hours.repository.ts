import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { type ScopedOfficeHours } from '../domain/calendar-data';
import { type DatedOfficeHours } from '../domain/office-hours-change';
import { OfficeHours } from './office-hours.entity';

@Injectable()
export class OfficeHoursRepository {
  async findAll(manager: EntityManager): Promise<ScopedOfficeHours[]> {
    const rows = await manager
      .getRepository(OfficeHours)
      .find({ order: { agencyId: { direction: 'ASC', nulls: 'FIRST' }, validFrom: 'ASC' } });
    return rows.map(toScopedOfficeHours);
  }

  async findScope(manager: EntityManager, agencyId: string | null): Promise<ScopedOfficeHours[]> {
    const rows = await manager.getRepository(OfficeHours).find({
      where: { agencyId: agencyId ?? IsNull() },
      order: { validFrom: 'ASC' },
    });
    return rows.map(toScopedOfficeHours);
  }

  async findById(manager: EntityManager, id: string): Promise<ScopedOfficeHours | null> {
    const row = await manager.getRepository(OfficeHours).findOneBy({ id });
    return row && toScopedOfficeHours(row);
  }

  // Writes the scope's rules as planned: inserted, updated or deleted by id.
  async saveScope(
    manager: EntityManager,
    agencyId: string | null,
    before: readonly ScopedOfficeHours[],
    after: readonly DatedOfficeHours[],
  ): Promise<void> {
    const repository = manager.getRepository(OfficeHours);
    const kept = new Set(after.map((rule) => rule.id));
    const removed = before.filter((rule) => !kept.has(rule.id)).map((rule) => rule.id);
    if (removed.length > 0) {
      await repository.delete(removed);
    }
    const previous = new Map(before.map((rule) => [rule.id, rule]));
    for (const rule of after.filter((candidate) => !isUnchanged(previous.get(candidate.id), candidate))) {
      await repository.upsert(
        {
          id: rule.id,
          agencyId,
          validFrom: rule.validFrom,
          validTo: rule.validTo ?? null,
          periods: rule.periods.map(({ start, end }) => ({ start, end })),
          updatedAt: () => 'now()',
        },
        ['id'],
      );
    }
  }
}

function isUnchanged(before: DatedOfficeHours | undefined, after: DatedOfficeHours): boolean {
  return (
    before !== undefined &&
    before.validFrom === after.validFrom &&
    before.validTo === after.validTo &&
    JSON.stringify(before.periods) === JSON.stringify(after.periods)
  );
}

function toScopedOfficeHours(row: OfficeHours): ScopedOfficeHours {
  const rule = { id: row.id, agencyId: row.agencyId, validFrom: row.validFrom, periods: row.periods };
  return row.validTo === null ? rule : { ...rule, validTo: row.validTo };
}
