import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The deadline watch also notes consultations (xin ý kiến, Decree 61/2018 art. 19) crossing their
// own deadline, keyed in step_key as 'c:' and the consultation's id: 38 characters, one more
// than a uuid and its prefix leave room for, so the column widens to 40. A longer varchar is
// binary-compatible: neither the table nor the unique index is rewritten.
export class DeadlineNoticesOfConsultations1795741500000 implements MigrationInterface {
  name = 'DeadlineNoticesOfConsultations1795741500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "deadline_notices" ALTER COLUMN "step_key" TYPE character varying(40)',
    );
  }

  // The consultation notices do not fit the narrower column: they go (their deliveries stay).
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "deadline_notices" WHERE "step_key" LIKE 'c:%'`);
    await queryRunner.query(
      'ALTER TABLE "deadline_notices" ALTER COLUMN "step_key" TYPE character varying(36)',
    );
  }
}
