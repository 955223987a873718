import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CalendarTables1795723210913 implements MigrationInterface {
  name = 'CalendarTables1795723210913';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "office_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid, "valid_from" date NOT NULL, "valid_to" date, "periods" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_33ef878b4b1b22ba5ed4eab400" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "PK_6b25675455278536aeda59b3723" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0ee4823318ad39b794946b676c" ON "office_hours"  ("agency_id", "valid_from") ',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_revisions" ("id" smallint NOT NULL, "revision" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_fcc81c92e9ce58c7404d12626f" CHECK ("id" = 1), CONSTRAINT "PK_d92e689c56e499be8015bd37e81" PRIMARY KEY ("id"))',
    );
    // The single counter row exists from the start, so every change is one UPDATE.
    await queryRunner.query('INSERT INTO "calendar_revisions" ("id", "revision") VALUES (1, 0)');
    await queryRunner.query(
      'CREATE TABLE "calendar_years" ("year" smallint NOT NULL, "status" character varying(12) NOT NULL, "source_document_number" character varying(60), "source_document_date" date, "source_document_title" text, "note" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_6e50a81de73c80b5960e682416" CHECK ("status" IN (\'OFFICIAL\', \'PROVISIONAL\')), CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_days" ("date" date NOT NULL, "year" smallint NOT NULL, "kind" character varying(24) NOT NULL, "name" character varying(200) NOT NULL, "source" text, CONSTRAINT "CHK_7a38f90993cfca036d7d28110e" CHECK (date_part(\'year\', "date") = "year"), CONSTRAINT "CHK_a06c37c6c837c83b30c798115e" CHECK ("kind" IN (\'HOLIDAY\', \'COMPENSATORY_DAY_OFF\', \'DAY_OFF\', \'MAKEUP_WORKDAY\')), CONSTRAINT "PK_1c04d56e8833eb6827f104f17e0" PRIMARY KEY ("date"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_36dea1c9a0e2dbdf8cef8e2217" ON "calendar_days"  ("year") ');
    await queryRunner.query(
      'ALTER TABLE "calendar_days" ADD CONSTRAINT "FK_36dea1c9a0e2dbdf8cef8e2217f" FOREIGN KEY ("year") REFERENCES "calendar_years"("year") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "calendar_days" DROP CONSTRAINT "FK_36dea1c9a0e2dbdf8cef8e2217f"');
    await queryRunner.query('DROP INDEX "public"."IDX_36dea1c9a0e2dbdf8cef8e2217"');
    await queryRunner.query('DROP TABLE "calendar_days"');
    await queryRunner.query('DROP TABLE "calendar_years"');
    await queryRunner.query('DROP TABLE "calendar_revisions"');
    await queryRunner.query('DROP INDEX "public"."IDX_0ee4823318ad39b794946b676c"');
    await queryRunner.query('DROP TABLE "office_hours"');
  }
}
