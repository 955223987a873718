import { type MigrationInterface, type QueryRunner } from 'typeorm';

const FOLD = `
        NEW.folded_name := f_unaccent(lower(NEW.name));
        NEW.name_words := to_tsvector('simple'::regconfig, NEW.folded_name);`;

// The words of procedure names, for typo correction by trigram distance (see
// procedure-search-word.entity.ts). The trigger that folds names now also records their words;
// numbers are left out (a typo in a number has no nearest word worth proposing).
export class ProcedureSearchWords1795725878079 implements MigrationInterface {
  name = 'ProcedureSearchWords1795725878079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "procedure_search_words" ("word" text NOT NULL, CONSTRAINT "PK_0f7094048bda236876d3b2de816" PRIMARY KEY ("word"))',
    );
    // GiST, not GIN: it answers "nearest words first" (ORDER BY word <-> query LIMIT n).
    // Filters without a query (level, service level) count their matches through these.
    await queryRunner.query('CREATE INDEX "IDX_procedures_levels_gin" ON "procedures" USING gin ("levels")');
    await queryRunner.query(
      'CREATE INDEX "IDX_procedures_status_service_level" ON "procedures" ("status", "service_level")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_procedure_search_words_trgm" ON "procedure_search_words" USING gist ("word" gist_trgm_ops)',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION procedures_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${FOLD}
        INSERT INTO procedure_search_words (word)
          SELECT word FROM unnest(tsvector_to_array(NEW.name_words)) AS word
          WHERE word !~ '^[0-9]+$' ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `INSERT INTO procedure_search_words (word)
       SELECT DISTINCT word FROM procedures, unnest(tsvector_to_array(name_words)) AS word
       WHERE word !~ '^[0-9]+$' ON CONFLICT DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION procedures_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${FOLD}
        RETURN NEW;
      END $$`);
    await queryRunner.query('DROP INDEX "public"."IDX_procedure_search_words_trgm"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_status_service_level"');
    await queryRunner.query('DROP INDEX "public"."IDX_procedures_levels_gin"');
    await queryRunner.query('DROP TABLE "procedure_search_words"');
  }
}
