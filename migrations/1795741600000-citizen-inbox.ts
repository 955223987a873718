import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Citizens with an account get in-app notices too (the portal's Thông báo page): an inbox row
// names its owner's kind beside its id. Existing rows are staff notices; the default only fills
// them in and is then dropped, so every new row says whose it is.
export class CitizenInbox1795741600000 implements MigrationInterface {
  name = 'CitizenInbox1795741600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD "recipient_kind" character varying(10) NOT NULL DEFAULT 'staff'`,
    );
    await queryRunner.query('ALTER TABLE "staff_notifications" ALTER COLUMN "recipient_kind" DROP DEFAULT');
    await queryRunner.query(
      `ALTER TABLE "staff_notifications" ADD CONSTRAINT "CHK_f4123d607c1f02daeaeef84752" CHECK ("recipient_kind" IN ('citizen', 'staff'))`,
    );
    await queryRunner.query('DROP INDEX "public"."IDX_9a8f319bee75ffbd826f2332ba"');
    await queryRunner.query(
      'CREATE INDEX "IDX_d8add2ddbe765da17f2501ba26" ON "staff_notifications" ("recipient_kind", "user_id", "created_at")',
    );
  }

  // Citizens' notices have no place in a staff-only inbox: they go.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "staff_notifications" WHERE "recipient_kind" = 'citizen'`);
    await queryRunner.query('DROP INDEX "public"."IDX_d8add2ddbe765da17f2501ba26"');
    await queryRunner.query(
      'ALTER TABLE "staff_notifications" DROP CONSTRAINT "CHK_f4123d607c1f02daeaeef84752"',
    );
    await queryRunner.query('ALTER TABLE "staff_notifications" DROP COLUMN "recipient_kind"');
    await queryRunner.query(
      'CREATE INDEX "IDX_9a8f319bee75ffbd826f2332ba" ON "staff_notifications" ("user_id", "created_at")',
    );
  }
}
