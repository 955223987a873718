import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type PageQuery, pageOffset } from '../../../infra/http/page-query';
import { DossierConsultation } from './dossier-consultation.entity';

// A consultation with what a reader needs to name it: the agencies' names and its dossier.
export interface ConsultationRow {
  readonly consultation: DossierConsultation;
  readonly requestingAgencyName: string;
  readonly consultedAgencyName: string;
  readonly dossierCode: string | null;
  readonly dossierStatus: string;
  readonly procedureName: string;
  readonly receivingAgencyId: string;
}

interface RawRow {
  id: string;
  requesting_agency_name: string;
  consulted_agency_name: string;
  dossier_code: string | null;
  dossier_status: string;
  procedure_name: string;
  receiving_agency_id: string;
}

const NAMED = `SELECT c.id, ra.name AS requesting_agency_name, ca.name AS consulted_agency_name,
    d.code AS dossier_code, d.status AS dossier_status, v.name AS procedure_name,
    d.receiving_agency_id
  FROM dossier_consultations c
  JOIN agencies ra ON ra.id = c.requesting_agency_id
  JOIN agencies ca ON ca.id = c.consulted_agency_id
  JOIN dossiers d ON d.id = c.dossier_id
  JOIN procedure_versions v ON v.id = d.procedure_version_id`;

export type ConsultationListState = 'open' | 'answered' | 'all';

@Injectable()
export class ConsultationRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get rows() {
    return this.txHost.tx.getRepository(DossierConsultation);
  }

  async insert(consultation: Omit<DossierConsultation, 'id'>): Promise<DossierConsultation> {
    return this.rows.save(this.rows.create(consultation));
  }

  findOfDossier(dossierId: string): Promise<DossierConsultation[]> {
    return this.rows.find({ where: { dossierId }, order: { requestedAt: 'ASC', id: 'ASC' } });
  }

  // Once: the row is answered only if nobody answered it first (the dossier row is locked too).
  async recordAnswer(
    id: string,
    answer: { answer: string; answeredById: string; answeredAt: Date; answeredLate: boolean },
  ): Promise<boolean> {
    const result = await this.txHost.tx
      .createQueryBuilder()
      .update(DossierConsultation)
      .set(answer)
      .where('id = :id AND answered_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  async consultedAgencyIds(dossierId: string): Promise<string[]> {
    const rows = await this.txHost.tx.query<Array<{ id: string }>>(
      'SELECT DISTINCT consulted_agency_id AS id FROM dossier_consultations WHERE dossier_id = $1',
      [dossierId],
    );
    return rows.map((row) => row.id);
  }

  async findNamedOfDossier(dossierId: string): Promise<ConsultationRow[]> {
    const raw = await this.txHost.tx.query<RawRow[]>(
      `${NAMED} WHERE c.dossier_id = $1 ORDER BY c.requested_at, c.id`,
      [dossierId],
    );
    return this.withEntities(raw);
  }

  // Consultations addressed to these agencies, the nearest due first; open ones only on dossiers
  // still being handled (an ended dossier's question no longer waits for anyone).
  async findNamedForAgencies(
    agencyIds: readonly string[],
    state: ConsultationListState,
    openStatuses: readonly string[],
    page: PageQuery,
  ): Promise<{ rows: ConsultationRow[]; total: number }> {
    const parameters: unknown[] = [agencyIds];
    const conditions = ['c.consulted_agency_id = ANY($1)'];
    if (state === 'open') {
      parameters.push(openStatuses);
      conditions.push('c.answered_at IS NULL', 'd.status = ANY($2)');
    } else if (state === 'answered') {
      conditions.push('c.answered_at IS NOT NULL');
    }
    const where = conditions.join(' AND ');
    const next = parameters.length + 1;
    // One connection per transaction: the two queries run one after the other.
    const raw = await this.txHost.tx.query<RawRow[]>(
      `${NAMED} WHERE ${where} ORDER BY c.due_at, c.id LIMIT $${next} OFFSET $${next + 1}`,
      [...parameters, page.pageSize, pageOffset(page)],
    );
    const counted = await this.txHost.tx.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM dossier_consultations c JOIN dossiers d ON d.id = c.dossier_id
       WHERE ${where}`,
      parameters,
    );
    return { rows: await this.withEntities(raw), total: counted[0]?.n ?? 0 };
  }

  private async withEntities(raw: RawRow[]): Promise<ConsultationRow[]> {
    if (raw.length === 0) {
      return [];
    }
    const entities = await this.rows.findBy(raw.map((row) => ({ id: row.id })));
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    return raw.map((row) => ({
      consultation: byId.get(row.id)!,
      requestingAgencyName: row.requesting_agency_name,
      consultedAgencyName: row.consulted_agency_name,
      dossierCode: row.dossier_code,
      dossierStatus: row.dossier_status,
      procedureName: row.procedure_name,
      receivingAgencyId: row.receiving_agency_id,
    }));
  }
}
