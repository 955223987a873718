import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The folded name and its words become columns kept by a trigger: a search then compares stored
// values instead of running unaccent on every candidate row (measured by npm run bench:catalog).
export class ProcedureSearchColumns1795725643012 implements MigrationInterface {
  name = 'ProcedureSearchColumns1795725643012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "procedures" ADD "folded_name" text');
    await queryRunner.query('ALTER TABLE "procedures" ADD "name_words" tsvector');
    await queryRunner.query(`
      CREATE FUNCTION procedures_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.folded_name := f_unaccent(lower(NEW.name));
        NEW.name_words := to_tsvector('simple'::regconfig, NEW.folded_name);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER procedures_search_columns BEFORE INSERT OR UPDATE OF "name" ON "procedures" FOR EACH ROW EXECUTE FUNCTION procedures_search_columns()',
    );
    await queryRunner.query('UPDATE "procedures" SET "name" = "name"');
    await queryRunner.query('ALTER TABLE "procedures" ALTER COLUMN "folded_name" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "procedures" ALTER COLUMN "name_words" SET NOT NULL');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_words"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_sort"');
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_folded_name_trgm" ON "procedures" USING gin ("folded_name" gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_name_words_gin" ON "procedures" USING gin ("name_words")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_folded_name_sort" ON "procedures" ("folded_name", "id")',
    );
    // Codes are searched by prefix, case-insensitively (DEMO.00012, 2.000815.000.00.00.H55).
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_code_prefix" ON "procedures" (lower("code") text_pattern_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_code_prefix"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_folded_name_sort"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_name_words_gin"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_folded_name_trgm"');
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_name_sort" ON "procedures" (f_unaccent(lower("name")), "id")',
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_procedures_name_words" ON "procedures" USING gin (to_tsvector('simple'::regconfig, f_unaccent(lower("name"))))`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_name_trgm" ON "procedures" USING gin (f_unaccent(lower("name")) gin_trgm_ops)',
    );
    await queryRunner.query('DROP TRIGGER procedures_search_columns ON "procedures"');
    await queryRunner.query('DROP FUNCTION procedures_search_columns()');
    await queryRunner.query('ALTER TABLE "procedures" DROP COLUMN "name_words"');
    await queryRunner.query('ALTER TABLE "procedures" DROP COLUMN "folded_name"');
  }
}
