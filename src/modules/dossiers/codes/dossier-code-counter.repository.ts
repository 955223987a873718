import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

// Must run inside the intake transaction: the upsert locks the agency-day row until commit, so
// concurrent intakes at one desk queue for a few milliseconds and each gets the next number; a
// rolled-back intake gives its number back, so the sequence has no holes.
@Injectable()
export class DossierCodeCounterRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async takeNext(agencyId: string, day: string): Promise<number> {
    const rows = await this.txHost.tx.query<Array<{ last_number: number }>>(
      `INSERT INTO dossier_code_counters (agency_id, day, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, day) DO UPDATE SET last_number = dossier_code_counters.last_number + 1
       RETURNING last_number`,
      [agencyId, day],
    );
    return rows[0].last_number;
  }
}
