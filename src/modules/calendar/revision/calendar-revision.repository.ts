import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { CalendarRevision } from './calendar-revision.entity';

const ROW_ID = 1;

@Injectable()
export class CalendarRevisionRepository {
  async read(manager: EntityManager): Promise<number> {
    const row = await manager.getRepository(CalendarRevision).findOneByOrFail({ id: ROW_ID });
    return row.revision;
  }

  // The UPDATE also takes the row lock until the transaction ends: calendar changes run one at a
  // time, so two administrators cannot both pass the overlap checks with rules that collide.
  async bump(manager: EntityManager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(CalendarRevision)
      .set({ revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: ROW_ID })
      .returning(['revision'])
      .execute();
    return (result.raw as Array<{ revision: number }>)[0].revision;
  }
}
