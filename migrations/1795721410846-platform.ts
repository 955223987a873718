import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Platform1795721410846 implements MigrationInterface {
  name = 'Platform1795721410846';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Vietnamese search: unaccent is only STABLE, so wrap it in an IMMUTABLE function to index it.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      'CREATE TABLE "queue_heartbeats" ("id" uuid NOT NULL, "mode" character varying(20) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_538d77f3fdd375f44f16474bf42" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "queue_heartbeats"');
    await queryRunner.query('DROP FUNCTION IF EXISTS f_unaccent(text)');
    // The extensions stay: other databases objects may use them and dropping is not needed to undo.
  }
}
