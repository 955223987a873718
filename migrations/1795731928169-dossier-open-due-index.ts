import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Open dossiers by legal deadline: the re-dating after a calendar change looks for the open
// dossiers due on or after the first day the change touches. Partial, so the index stays the size
// of the work in progress while the table keeps every dossier ever received.
export class DossierOpenDueIndex1795731928169 implements MigrationInterface {
  name = 'DossierOpenDueIndex1795731928169';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_dossiers_open_due_at" ON "dossiers" ("due_at") WHERE "received_at" IS NOT NULL AND "resolved_at" IS NULL AND "ended_at" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_dossiers_open_due_at"');
  }
}
