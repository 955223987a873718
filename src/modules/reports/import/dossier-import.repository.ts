import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  COPY_STAGING_SQL,
  CREATE_ISSUES_SQL,
  CREATE_PARSED_SQL,
  CREATE_STAGING_SQL,
  INSERT_SQL,
  ISSUES_SQL,
  SUMMARY_SQL,
} from './dossier-import-sql';

export interface ImportIssueRow {
  readonly line: number;
  readonly column: string;
  readonly message: string;
  readonly isError: boolean;
}

export interface ImportSummaryRow {
  readonly rows: number;
  readonly invalid: number;
  readonly existing: number;
  readonly issues: number;
}

// The historical import's queries, on the raw pg connection of the caller's transaction: COPY
// needs the driver's client, and the staging tables live as long as that transaction.
@Injectable()
export class DossierImportRepository {
  constructor(private readonly transactions: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private async client(): Promise<PoolClient> {
    const runner = this.transactions.tx.queryRunner;
    if (!runner) {
      throw new Error('The dossier import runs inside a transaction');
    }
    return (await runner.connect()) as PoolClient;
  }

  async copyIntoStaging(csv: Readable): Promise<void> {
    const client = await this.client();
    await client.query(CREATE_STAGING_SQL);
    await pipeline(csv, client.query(copyFrom(COPY_STAGING_SQL)));
  }

  async validate(): Promise<ImportSummaryRow> {
    const client = await this.client();
    await client.query(CREATE_PARSED_SQL);
    await client.query('CREATE INDEX ON dossier_import_parsed (line_no)');
    await client.query(CREATE_ISSUES_SQL);
    await client.query('CREATE INDEX ON dossier_import_issues (line_no)');
    await client.query('ANALYZE dossier_import_parsed, dossier_import_issues');
    const { rows } = await client.query<ImportSummaryRow>(SUMMARY_SQL);
    return rows[0];
  }

  async listIssues(limit: number): Promise<ImportIssueRow[]> {
    const { rows } = await (await this.client()).query<ImportIssueRow>(ISSUES_SQL, [limit]);
    return rows;
  }

  async insertValidRows(): Promise<number> {
    const result = await (await this.client()).query(INSERT_SQL);
    return result.rowCount ?? 0;
  }
}
