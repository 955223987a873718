import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DossierCore1795725182018 implements MigrationInterface {
  name = 'DossierCore1795725182018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "dossier_code_counters" ("agency_id" uuid NOT NULL, "day" date NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_18c92dc5b59057d90e052dcae76" PRIMARY KEY ("agency_id", "day"))',
    );
    await queryRunner.query(
      'CREATE TABLE "dossiers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(48), "row_version" integer NOT NULL, "procedure_id" uuid NOT NULL, "procedure_version_id" uuid NOT NULL, "receiving_agency_id" uuid NOT NULL, "resolving_agency_id" uuid NOT NULL, "current_agency_id" uuid NOT NULL, "assigned_to_id" uuid, "level_code" character varying(20) NOT NULL, "sector_id" uuid NOT NULL, "channel" character varying(10) NOT NULL, "service_level" smallint NOT NULL, "status" character varying(40) NOT NULL, "applicant_kind" character varying(12) NOT NULL, "applicant_name" character varying(200) NOT NULL, "applicant_id_number_encrypted" text, "applicant_id_number_last3" character varying(4), "applicant_phone_encrypted" text, "applicant_phone_last4" character varying(4), "applicant_email" character varying(254), "applicant_address" character varying(300), "citizen_id" uuid, "idempotency_key" character varying(100), "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "appointment_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "returned_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "classification" character varying(10), "supplement_count" smallint NOT NULL DEFAULT \'0\', "apology_count" smallint NOT NULL DEFAULT \'0\', "clock" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_64f832467650edd28422b262f84" UNIQUE ("citizen_id", "idempotency_key"), CONSTRAINT "UQ_2f408e41e65ebf503dad3ec713b" UNIQUE ("code"), CONSTRAINT "CHK_5517dce0c7aa64ccbc80497143" CHECK ("channel" IN (\'DIRECT\', \'ONLINE\', \'POST\')), CONSTRAINT "PK_d84a24a9d2c52ec01142de45e42" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3f51001185da3bef0ae973f342" ON "dossiers"  ("citizen_id", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_211c8357816659e7d89ecd2bb2" ON "dossiers"  ("resolving_agency_id", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_165e03d37221688c08c6ccd3a8" ON "dossiers"  ("receiving_agency_id", "received_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_41a9b0928adae4906430a48265" ON "dossiers"  ("assigned_to_id", "status", "due_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5445275aed074125b71f2f4d30" ON "dossiers"  ("current_agency_id", "status", "due_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "dossier_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "dossier_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(40) NOT NULL, "actor_kind" character varying(10) NOT NULL, "actor_id" uuid, "actor_role" character varying(20), "from_agency_id" uuid, "to_agency_id" uuid, "to_user_id" uuid, "from_status" character varying(40), "to_status" character varying(40) NOT NULL, "note" text, "step_due_at" TIMESTAMP WITH TIME ZONE, "step_result" character varying(10), "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_dc472db0f082aa7b1da60ed88f1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_941a9d3c5882d8f8d2a36a6fa7" ON "dossier_events"  ("dossier_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(60) NOT NULL, "aggregate_type" character varying(40) NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2c61370f661498237919a6bc8f" ON "outbox_events"  ("delivered_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "dossiers" ADD CONSTRAINT "FK_34d74306c64b868ab90667cd4d2" FOREIGN KEY ("procedure_version_id") REFERENCES "procedure_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossiers" ADD CONSTRAINT "FK_1e1bd042c997a3660c059f3a258" FOREIGN KEY ("receiving_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossiers" ADD CONSTRAINT "FK_97e571dcec9ab6e84141a563c25" FOREIGN KEY ("resolving_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dossier_events" ADD CONSTRAINT "FK_3027560372fa0b778198d57678e" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dossiers_applicant_search" ON "dossiers" USING gin (f_unaccent(lower("applicant_name")) gin_trgm_ops)',
    );
    // Decree 61/2018 art. 5: dossier history is never deleted or falsified.
    await queryRunner.query(`
      CREATE FUNCTION dossier_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'dossier_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER dossier_events_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON "dossier_events" FOR EACH STATEMENT EXECUTE FUNCTION dossier_events_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER dossier_events_no_update_delete ON "dossier_events"');
    await queryRunner.query('DROP FUNCTION dossier_events_append_only()');
    await queryRunner.query('DROP INDEX "public"."IDX_dossiers_applicant_search"');
    await queryRunner.query('ALTER TABLE "dossier_events" DROP CONSTRAINT "FK_3027560372fa0b778198d57678e"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP CONSTRAINT "FK_97e571dcec9ab6e84141a563c25"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP CONSTRAINT "FK_1e1bd042c997a3660c059f3a258"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP CONSTRAINT "FK_34d74306c64b868ab90667cd4d2"');
    await queryRunner.query('DROP INDEX "public"."IDX_2c61370f661498237919a6bc8f"');
    await queryRunner.query('DROP TABLE "outbox_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_941a9d3c5882d8f8d2a36a6fa7"');
    await queryRunner.query('DROP TABLE "dossier_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_5445275aed074125b71f2f4d30"');
    await queryRunner.query('DROP INDEX "public"."IDX_41a9b0928adae4906430a48265"');
    await queryRunner.query('DROP INDEX "public"."IDX_165e03d37221688c08c6ccd3a8"');
    await queryRunner.query('DROP INDEX "public"."IDX_211c8357816659e7d89ecd2bb2"');
    await queryRunner.query('DROP INDEX "public"."IDX_3f51001185da3bef0ae973f342"');
    await queryRunner.query('DROP TABLE "dossiers"');
    await queryRunner.query('DROP TABLE "dossier_code_counters"');
  }
}
