import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ReportExports1795741200000 implements MigrationInterface {
  name = 'ReportExports1795741200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "report_exports" ("id" uuid NOT NULL, "requested_by" uuid NOT NULL, "requester_username" character varying(100) NOT NULL, "requester_agency_id" uuid NOT NULL, "requester_roles" text array NOT NULL, "report" character varying(30) NOT NULL, "format" character varying(10) NOT NULL, "query" jsonb NOT NULL, "status" character varying(10) NOT NULL, "progress" smallint NOT NULL DEFAULT \'0\', "attempts" integer NOT NULL DEFAULT \'0\', "rows" integer, "file_name" character varying(255), "content_type" character varying(100), "file_key" character varying(100), "size_bytes" bigint, "sha256" character(64), "error_title" character varying(200), "error_detail" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_a045205d2a69c4f594f2d23049" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "CHK_7460ce496759655a7707115769" CHECK ("status" IN (\'QUEUED\', \'RUNNING\', \'DONE\', \'FAILED\')), CONSTRAINT "PK_831f34e4d6c47ec2bb42a614465" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2bd903d62cc0f47ca8af900daa" ON "report_exports"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ddc643ccb74814b4cf63d0465d" ON "report_exports"  ("requested_by", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_ddc643ccb74814b4cf63d0465d"');
    await queryRunner.query('DROP INDEX "public"."IDX_2bd903d62cc0f47ca8af900daa"');
    await queryRunner.query('DROP TABLE "report_exports"');
  }
}
