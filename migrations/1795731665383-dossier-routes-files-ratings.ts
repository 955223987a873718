import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DossierRoutesFilesRatings1795731665383 implements MigrationInterface {
  name = 'DossierRoutesFilesRatings1795731665383';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "dossier_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "purpose" character varying(12) NOT NULL, "document_index" smallint, "storage_key" character varying(64) NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploader_kind" character varying(10) NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_0d3a74a6505dec74985dc935dd" CHECK ("uploader_kind" IN (\'staff\', \'citizen\')), CONSTRAINT "CHK_59adaf2e46d501f44471df9cb6" CHECK ("purpose" IN (\'DOCUMENT\', \'SUPPLEMENT\', \'RESULT\', \'OTHER\')), CONSTRAINT "PK_110c94a91ece181cd940d2ba5f2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_749bfe155d6de6e8699946d5cc" ON "dossier_attachments"  ("dossier_id", "uploaded_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "dossier_evaluations" ("dossier_id" uuid NOT NULL, "source" character varying(8) NOT NULL, "scores" jsonb NOT NULL, "total_score" smallint NOT NULL, "comment" text, "recorded_by_kind" character varying(10) NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_8d40d2c536b10c0848358b3659" CHECK ("total_score" BETWEEN 0 AND 18), CONSTRAINT "CHK_91f5c9a64d37a3e2fc395e93ce" CHECK ("source" IN (\'ONLINE\', \'KIOSK\', \'PAPER\')), CONSTRAINT "PK_25b7a47c3c45523eee894a2bd03" PRIMARY KEY ("dossier_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "dossier_register_counters" ("agency_id" uuid NOT NULL, "year" smallint NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_a0464f3981d843764e5f9f4d029" PRIMARY KEY ("agency_id", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "dossier_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "sequence" smallint NOT NULL, "attempt" smallint NOT NULL DEFAULT \'1\', "agency_id" uuid NOT NULL, "agency_label" character varying(200), "level_code" character varying(20) NOT NULL, "task" text NOT NULL, "is_lead" boolean NOT NULL DEFAULT false, "allotted" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "planned_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "result" character varying(10), "completed_by_id" uuid, CONSTRAINT "CHK_c3702b5ea24cfce88b81f2cb76" CHECK ("result" IS NULL OR "result" IN (\'EARLY\', \'ON_TIME\', \'LATE\')), CONSTRAINT "CHK_5e93066e91ce7624d58ea4bfdf" CHECK ("status" IN (\'PENDING\', \'ACTIVE\', \'DONE\', \'CANCELLED\')), CONSTRAINT "PK_5a3edb97768271f450beacf0f81" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b80e106a1e23223546f21f3690" ON "dossier_steps"  ("agency_id", "status", "due_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0012da2785dde5b8882be5e967" ON "dossier_steps"  ("dossier_id", "sequence", "attempt") ',
    );
    await queryRunner.query('ALTER TABLE "dossiers" ADD "documents" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "dossiers" ADD "register_year" smallint');
    await queryRunner.query('ALTER TABLE "dossiers" ADD "register_number" integer');
    await queryRunner.query('ALTER TABLE "dossiers" ADD "inter_agency" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ec32d714ff72db45b5bd243f3f" ON "dossiers"  ("receiving_agency_id", "register_year", "register_number") ',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_attachments" ADD CONSTRAINT "FK_dc9a18f714d0b5c339725075cc0" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_evaluations" ADD CONSTRAINT "FK_25b7a47c3c45523eee894a2bd03" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_steps" ADD CONSTRAINT "FK_09a0cb436e129fa85c639a871b0" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_steps" ADD CONSTRAINT "FK_edde61cb4a1f98635f221be476f" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Files and ratings are part of the dossier's record: never changed or deleted (Decree 61/2018 art. 5).
    await queryRunner.query(`
      CREATE FUNCTION dossier_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['dossier_attachments', 'dossier_evaluations']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION dossier_records_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['dossier_attachments', 'dossier_evaluations']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION dossier_records_append_only()');
    await queryRunner.query('ALTER TABLE "dossier_steps" DROP CONSTRAINT "FK_edde61cb4a1f98635f221be476f"');
    await queryRunner.query('ALTER TABLE "dossier_steps" DROP CONSTRAINT "FK_09a0cb436e129fa85c639a871b0"');
    await queryRunner.query(
      'ALTER TABLE "dossier_evaluations" DROP CONSTRAINT "FK_25b7a47c3c45523eee894a2bd03"',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_attachments" DROP CONSTRAINT "FK_dc9a18f714d0b5c339725075cc0"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_ec32d714ff72db45b5bd243f3f"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "inter_agency"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "register_number"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "register_year"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "documents"');
    await queryRunner.query('DROP INDEX "public"."IDX_0012da2785dde5b8882be5e967"');
    await queryRunner.query('DROP INDEX "public"."IDX_b80e106a1e23223546f21f3690"');
    await queryRunner.query('DROP TABLE "dossier_steps"');
    await queryRunner.query('DROP TABLE "dossier_register_counters"');
    await queryRunner.query('DROP TABLE "dossier_evaluations"');
    await queryRunner.query('DROP INDEX "public"."IDX_749bfe155d6de6e8699946d5cc"');
    await queryRunner.query('DROP TABLE "dossier_attachments"');
  }
}
