import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Rollups by procedure and by sector without channel (issue 8's speed): the reports by procedure
// or sector (on-time by either, Biểu 06 by level and sector) read the fine rollups, split by
// channel, service level and the dossier flags as well, which made them the slowest. These tables
// drop those dimensions and keep what the reports need of them as counters (received online,
// direct and by post, online at service level 3 and 4, received and closed inter-agency, with a
// supplement, with an apology). They are filled from the fine rollups here, then folded from the
// same deltas as the others (src/modules/reports/rollups/rollup-schema.ts names them;
// ReportRollupFolder.check compares them with the fine ones).
const SECTOR_DIMENSIONS = 'receiving_agency_id, resolving_agency_id, level_code, sector_id, ended_unresolved';
const TABLES: ReadonlyArray<{ name: string; dimensions: string; columns: string }> = [
  {
    name: 'sector',
    dimensions: SECTOR_DIMENSIONS,
    columns: `receiving_agency_id uuid NOT NULL, resolving_agency_id uuid NOT NULL,
      level_code varchar(20) NOT NULL, sector_id uuid NOT NULL, ended_unresolved boolean NOT NULL`,
  },
  {
    name: 'procedure',
    dimensions: `${SECTOR_DIMENSIONS}, procedure_id`,
    columns: `receiving_agency_id uuid NOT NULL, resolving_agency_id uuid NOT NULL,
      level_code varchar(20) NOT NULL, sector_id uuid NOT NULL, ended_unresolved boolean NOT NULL,
      procedure_id uuid NOT NULL`,
  },
];
const EVENT_COUNTERS = [
  'received',
  'closed',
  'early',
  'on_time',
  'late',
  'withdrawn',
  'overdue',
  'handled',
  'handling_minutes',
  'portal_on_time',
  'received_digitised',
];
// Each split counter and the sum over fine rows it is.
const SPLIT_COUNTERS: ReadonlyArray<[string, string]> = [
  ['received_online', "received * (channel = 'ONLINE')::int"],
  ['received_direct', "received * (channel = 'DIRECT')::int"],
  ['received_post', "received * (channel = 'POST')::int"],
  ['online_level3', "received * (channel = 'ONLINE' AND service_level = 3)::int"],
  ['online_level4', "received * (channel = 'ONLINE' AND service_level = 4)::int"],
  ['received_inter_agency', 'received * inter_agency::int'],
  ['closed_inter_agency', 'closed * inter_agency::int'],
  ['received_with_supplement', 'received * with_supplement::int'],
  ['closed_with_supplement', 'closed * with_supplement::int'],
  ['received_with_apology', 'received * with_apology::int'],
  ['closed_with_apology', 'closed * with_apology::int'],
];
const COUNTERS = [
  ...EVENT_COUNTERS.map((name) => `${name} ${name === 'handling_minutes' ? 'bigint' : 'integer'} NOT NULL`),
  ...SPLIT_COUNTERS.map(([name]) => `${name} integer NOT NULL`),
].join(', ');
const COUNTER_NAMES = [...EVENT_COUNTERS, ...SPLIT_COUNTERS.map(([name]) => name)].join(', ');
const SUMS = [
  ...EVENT_COUNTERS.map((name) => `sum(${name})`),
  ...SPLIT_COUNTERS.map(([, of]) => `sum(${of})`),
].join(', ');

export class ReportRollupsWithoutChannel1795741300000 implements MigrationInterface {
  name = 'ReportRollupsWithoutChannel1795741300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No fold may run between reading the fine rollups and creating these (it would fold deltas
    // into the fine tables that these would then miss): take the folder's lock for the migration.
    await queryRunner.query("SELECT pg_advisory_xact_lock(hashtext('report_rollup_fold'))");
    for (const table of TABLES) {
      for (const bucket of ['day', 'month']) {
        await queryRunner.query(
          `CREATE TABLE report_${table.name}_counts_${bucket} (${bucket} date NOT NULL, ${table.columns},
             ${COUNTERS}, PRIMARY KEY (${bucket}, ${table.dimensions}))`,
        );
        await queryRunner.query(
          `INSERT INTO report_${table.name}_counts_${bucket} (${bucket}, ${table.dimensions}, ${COUNTER_NAMES})
           SELECT ${bucket}, ${table.dimensions}, ${SUMS} FROM report_counts_${bucket}
           GROUP BY ${bucket}, ${table.dimensions}`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE report_${table.name}_counts_month`);
      await queryRunner.query(`DROP TABLE report_${table.name}_counts_day`);
    }
  }
}
