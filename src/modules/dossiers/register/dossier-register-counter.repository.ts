import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

// The desk register's numbers (Mẫu 06), the same pattern as the dossier code counter: run inside
// the receipt transaction, the upsert locks the desk-year row until commit, so parallel receipts
// at one desk queue for it and each gets the next number; a rolled-back receipt gives its number
// back, so the register has neither gaps nor repeats.
@Injectable()
export class DossierRegisterCounterRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async takeNext(agencyId: string, year: number): Promise<number> {
    const rows = await this.txHost.tx.query<Array<{ last_number: number }>>(
      `INSERT INTO dossier_register_counters (agency_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, year) DO UPDATE SET last_number = dossier_register_counters.last_number + 1
       RETURNING last_number`,
      [agencyId, year],
    );
    return rows[0].last_number;
  }
}
