import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Consultations (xin ý kiến, Decree 61/2018 art. 19): asked by the agency holding a dossier of
// another agency, with their own deadline; answered once. The dossier's clock is not touched.
export class DossierConsultations1795741400000 implements MigrationInterface {
  name = 'DossierConsultations1795741400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "dossier_consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "requesting_agency_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "consulted_agency_id" uuid NOT NULL, "question" text NOT NULL, "working_days" smallint NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_late" boolean, CONSTRAINT "CHK_fcf712b277463c3753a88f99d5" CHECK (("answered_at" IS NULL) = ("answer" IS NULL) AND ("answered_at" IS NULL) = ("answered_by_id" IS NULL) AND ("answered_at" IS NULL) = ("answered_late" IS NULL)), CONSTRAINT "CHK_5e4bc3282036994fe0bd22def3" CHECK ("working_days" BETWEEN 1 AND 60), CONSTRAINT "PK_63a4b62e01c830dc65a088d994e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9879b4056a3ac96b0be3c51bab" ON "dossier_consultations"  ("consulted_agency_id", "due_at") WHERE "answered_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7db7fffade64991a791db7f34c" ON "dossier_consultations"  ("dossier_id", "requested_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_consultations" ADD CONSTRAINT "FK_c08df9763e734a62a4766d314d9" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_consultations" ADD CONSTRAINT "FK_4893a4e0f5e3ae1fd3934f87c9d" FOREIGN KEY ("requesting_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_consultations" ADD CONSTRAINT "FK_dd53d2b8d860a4e756d35605fbd" FOREIGN KEY ("consulted_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "dossier_consultations" DROP CONSTRAINT "FK_dd53d2b8d860a4e756d35605fbd"',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_consultations" DROP CONSTRAINT "FK_4893a4e0f5e3ae1fd3934f87c9d"',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_consultations" DROP CONSTRAINT "FK_c08df9763e734a62a4766d314d9"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_7db7fffade64991a791db7f34c"');
    await queryRunner.query('DROP INDEX "public"."IDX_9879b4056a3ac96b0be3c51bab"');
    await queryRunner.query('DROP TABLE "dossier_consultations"');
  }
}
