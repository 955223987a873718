import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AuditLog1795722868454 implements MigrationInterface {
  name = 'AuditLog1795722868454';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(16) NOT NULL, "actor_id" uuid, "actor_roles" text array NOT NULL DEFAULT \'{}\', "actor_agency_id" uuid, "action" character varying(80) NOT NULL, "target_type" character varying(60) NOT NULL, "target_id" character varying(120), "ip" character varying(64), "request_id" character varying(128), "summary" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1c57e65d74846167c21807d300" ON "audit_events"  ("action", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ba3b60f720f79bf751200d4db8" ON "audit_events"  ("target_type", "target_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_463cf6bce2b93c9b4968281c7a" ON "audit_events"  ("actor_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4e139cc590fd5127ecc451472e" ON "audit_events"  ("occurred_at") ',
    );
    // Decree 61/2018 art. 5: no deletion or falsification. The database itself refuses changes.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON "audit_events"');
    await queryRunner.query('DROP TRIGGER audit_events_no_update_delete ON "audit_events"');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query('DROP INDEX "public"."IDX_4e139cc590fd5127ecc451472e"');
    await queryRunner.query('DROP INDEX "public"."IDX_463cf6bce2b93c9b4968281c7a"');
    await queryRunner.query('DROP INDEX "public"."IDX_ba3b60f720f79bf751200d4db8"');
    await queryRunner.query('DROP INDEX "public"."IDX_1c57e65d74846167c21807d300"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
