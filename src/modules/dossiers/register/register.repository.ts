import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Between } from 'typeorm';
import { DossierEvent } from '../dossier-event.entity';
import { Dossier } from '../dossier.entity';

export interface RegisterSelection {
  readonly agencyId: string;
  readonly year: number;
  // Receipt instants [fromMs, toMs); the whole year when absent.
  readonly fromMs: number | null;
  readonly toMs: number | null;
}

// The lines of a desk's register (Mẫu 06) in number order, over the unique index on
// (receiving_agency_id, register_year, register_number).
@Injectable()
export class RegisterRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  // The first and last numbers received within the selection. A page then takes every number in
  // between: numbers are taken inside the receipt transactions, so two receipts a millisecond
  // apart may commit in the other order, and a page cut by time alone could skip a line.
  async findNumberRange(selection: RegisterSelection): Promise<{ first: number; last: number } | null> {
    const query = this.txHost.tx
      .getRepository(Dossier)
      .createQueryBuilder('dossier')
      .select('min(dossier.registerNumber)', 'first')
      .addSelect('max(dossier.registerNumber)', 'last')
      .where('dossier.receivingAgencyId = :agencyId AND dossier.registerYear = :year', selection);
    if (selection.fromMs !== null) {
      query.andWhere('dossier.receivedAt >= :from', { from: new Date(selection.fromMs) });
    }
    if (selection.toMs !== null) {
      query.andWhere('dossier.receivedAt < :to', { to: new Date(selection.toMs) });
    }
    const row = await query.getRawOne<{ first: number | null; last: number | null }>();
    if (!row || row.first === null || row.last === null) {
      return null;
    }
    return { first: Number(row.first), last: Number(row.last) };
  }

  findLines(agencyId: string, year: number, first: number, last: number): Promise<Dossier[]> {
    return this.txHost.tx.getRepository(Dossier).find({
      where: { receivingAgencyId: agencyId, registerYear: year, registerNumber: Between(first, last) },
      order: { registerNumber: 'ASC' },
    });
  }

  // When each dossier left the desk for the resolving agency (its first transfer).
  async findTransferTimes(dossierIds: readonly string[]): Promise<Map<string, Date>> {
    if (dossierIds.length === 0) {
      return new Map();
    }
    const rows = await this.txHost.tx
      .getRepository(DossierEvent)
      .createQueryBuilder('event')
      .select('event.dossierId', 'dossierId')
      .addSelect('min(event.occurredAt)', 'at')
      .where('event.dossierId IN (:...ids) AND event.action = :action', {
        ids: dossierIds,
        action: 'TRANSFER',
      })
      .groupBy('event.dossierId')
      .getRawMany<{ dossierId: string; at: Date }>();
    return new Map(rows.map((row) => [row.dossierId, new Date(row.at)]));
  }
}
