import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class WorkQueueIndexes1795734218095 implements MigrationInterface {
  name = 'WorkQueueIndexes1795734218095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_110d52c5dc0ac44845afedd50b" ON "dossiers"  ("due_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_87f6a41804e86b802ac69e1fec" ON "dossiers"  ("procedure_id", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9b711547c02a3ea75e7161dc76" ON "dossiers"  ("receiving_agency_id", "status", "due_at") ',
    );
    // Code prefix search (work queues): LIKE 'prefix%' needs pattern ops under a non-C collation.
    await queryRunner.query(
      'CREATE INDEX "IDX_dossiers_code_pattern" ON "dossiers" ("code" varchar_pattern_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_dossiers_code_pattern"');
    await queryRunner.query('DROP INDEX "public"."IDX_9b711547c02a3ea75e7161dc76"');
    await queryRunner.query('DROP INDEX "public"."IDX_87f6a41804e86b802ac69e1fec"');
    await queryRunner.query('DROP INDEX "public"."IDX_110d52c5dc0ac44845afedd50b"');
  }
}
