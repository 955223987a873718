import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ProcedureCatalog1795724270181 implements MigrationInterface {
  name = 'ProcedureCatalog1795724270181';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sectors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(30) NOT NULL, "name" character varying(255) NOT NULL, "ministry" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_923fdda0dc12f59add7b3a1782f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_182f6a983ef4914b39c1aae548" ON "sectors"  ("code") ');
    await queryRunner.query(
      'CREATE TABLE "procedures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "national_code" character varying(8), "online_variant_codes" character varying(80) array NOT NULL, "status" character varying(20) NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "latest_version_no" integer NOT NULL, "name" character varying(500) NOT NULL, "sector_id" uuid NOT NULL, "levels" character varying(20) array NOT NULL, "implementation_tags" character varying(80) array NOT NULL, "service_level" smallint NOT NULL, "online_mode" character varying(10) NOT NULL, "channels" character varying(10) array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_9406976955b3273d96c98a4a08" CHECK ("service_level" BETWEEN 1 AND 4), CONSTRAINT "CHK_cf15586caf1a8e144b8dc730fe" CHECK ("status" IN (\'DRAFT\', \'PUBLISHED\', \'SUSPENDED\')), CONSTRAINT "PK_e7775bab78f27b4c47580b6cb4b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_8f0dd6bd4d8e1abaaf816856e2" ON "procedures"  ("code") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1d0c178b1259c491855664d062" ON "procedures"  ("national_code") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_42de2c52af46f84ce13fbd24f4" ON "procedures"  ("status", "sector_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "procedure_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "version_no" integer NOT NULL, "status" character varying(10) NOT NULL, "effective_from" date, "published_at" TIMESTAMP WITH TIME ZONE, "name" character varying(500) NOT NULL, "sector_id" uuid NOT NULL, "implementations" jsonb NOT NULL, "service_level" smallint NOT NULL, "online_mode" character varying(10) NOT NULL, "fully_online_eligible" boolean NOT NULL, "channels" character varying(10) array NOT NULL, "documents" jsonb NOT NULL, "fees" jsonb NOT NULL, "result_type" text NOT NULL, "result_electronic" boolean NOT NULL, "legal_basis" text NOT NULL, "applicants" text, "publication_decision" text, "content_digest" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dbd301a9f48d90761a6065bb33e" UNIQUE ("procedure_id", "version_no"), CONSTRAINT "CHK_158e675fa1044837b9fa5ee0d3" CHECK ("service_level" BETWEEN 1 AND 4), CONSTRAINT "CHK_06d14c4ec62a23e4bf106b0a3a" CHECK ("status" = \'DRAFT\' OR ("effective_from" IS NOT NULL AND "published_at" IS NOT NULL)), CONSTRAINT "CHK_747d486761f78533e3c5979bf4" CHECK ("status" IN (\'DRAFT\', \'PUBLISHED\')), CONSTRAINT "PK_669076d9137ea3e868b952b9afd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_39dfee30c8a3fc6d18a2860d58" ON "procedure_versions"  ("procedure_id", "status", "effective_from") ',
    );
    await queryRunner.query(
      'ALTER TABLE "procedures" ADD CONSTRAINT "FK_1f74b40b4fed584d49a53f04c93" FOREIGN KEY ("sector_id") REFERENCES "sectors"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "procedure_versions" ADD CONSTRAINT "FK_ece35ec95427631831eb55be557" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "procedure_versions" ADD CONSTRAINT "FK_827138bac583394a7b8e0d0423d" FOREIGN KEY ("sector_id") REFERENCES "sectors"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // Hand-written (TypeORM cannot declare these; the entities name them with synchronize: false).
    // Vietnamese search on the folded name f_unaccent(lower(name)) (platform migration): trigrams
    // for typo-tolerant similarity and substrings, words for "every word of the query".
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_name_trgm" ON "procedures" USING gin (f_unaccent(lower("name")) gin_trgm_ops)',
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_procedures_name_words" ON "procedures" USING gin (to_tsvector('simple'::regconfig, f_unaccent(lower("name"))))`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_implementation_tags" ON "procedures" USING gin ("implementation_tags")',
    );
    // Browsing without a query lists procedures by folded name.
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_name_sort" ON "procedures" (f_unaccent(lower("name")), "id")',
    );
    // DESIGN.md "Procedure versions": a dossier keeps the version it was received under, so a
    // published version never changes and is never deleted; a change is a new version.
    await queryRunner.query(`
      CREATE FUNCTION procedure_versions_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'procedure version % of procedure % is published: % is not allowed', OLD.version_no, OLD.procedure_id, TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER procedure_versions_published_immutable BEFORE UPDATE OR DELETE ON "procedure_versions" FOR EACH ROW EXECUTE FUNCTION procedure_versions_published_immutable()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER procedure_versions_published_immutable ON "procedure_versions"');
    await queryRunner.query('DROP FUNCTION procedure_versions_published_immutable()');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_sort"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_implementation_tags"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_words"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_trgm"');
    await queryRunner.query(
      'ALTER TABLE "procedure_versions" DROP CONSTRAINT "FK_827138bac583394a7b8e0d0423d"',
    );
    await queryRunner.query(
      'ALTER TABLE "procedure_versions" DROP CONSTRAINT "FK_ece35ec95427631831eb55be557"',
    );
    await queryRunner.query('ALTER TABLE "procedures" DROP CONSTRAINT "FK_1f74b40b4fed584d49a53f04c93"');
    await queryRunner.query('DROP INDEX "public"."IDX_39dfee30c8a3fc6d18a2860d58"');
    await queryRunner.query('DROP TABLE "procedure_versions"');
    await queryRunner.query('DROP INDEX "public"."IDX_42de2c52af46f84ce13fbd24f4"');
    await queryRunner.query('DROP INDEX "public"."IDX_1d0c178b1259c491855664d062"');
    await queryRunner.query('DROP INDEX "public"."IDX_8f0dd6bd4d8e1abaaf816856e2"');
    await queryRunner.query('DROP TABLE "procedures"');
    await queryRunner.query('DROP INDEX "public"."IDX_182f6a983ef4914b39c1aae548"');
    await queryRunner.query('DROP TABLE "sectors"');
  }
}
