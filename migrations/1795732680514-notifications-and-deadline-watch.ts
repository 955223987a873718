import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class NotificationsAndDeadlineWatch1795732680514 implements MigrationInterface {
  name = 'NotificationsAndDeadlineWatch1795732680514';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "deadline_notices" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "dossier_id" uuid NOT NULL, "step_key" character varying(36) NOT NULL DEFAULT \'\', "threshold" character varying(30) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "noted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_fa2295d311f12043bc07616e6a" CHECK ("threshold" ~ \'^(DUE_SOON|OVERDUE|APOLOGY_MISSING|ESCALATION_[0-9]+)$\'), CONSTRAINT "PK_eeccc2ef48f897246556110ad4b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3ac3af7a880e4db5aa152b59f8" ON "deadline_notices"  ("dossier_id", "step_key", "threshold") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying(200) NOT NULL, "channel" character varying(10) NOT NULL, "template" character varying(60) NOT NULL, "outbox_event_id" bigint, "dossier_id" uuid, "recipient_kind" character varying(10) NOT NULL, "recipient_id" uuid, "recipient_address_encrypted" text, "recipient_masked" character varying(64), "params" jsonb NOT NULL DEFAULT \'{}\', "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "attempts" smallint NOT NULL DEFAULT \'0\', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_48f7321c29e767da846d375c9e" CHECK ("status" IN (\'PENDING\', \'SENT\', \'DEAD\', \'SKIPPED\')), CONSTRAINT "CHK_b2a6024e4a0447af8262d24ecd" CHECK ("channel" IN (\'EMAIL\', \'SMS\', \'ZALO\', \'IN_APP\', \'PORTAL\')), CONSTRAINT "PK_81daeff81f237bd384f7cfc4a4c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2ea8f74681a61f03a0f3d7b392" ON "notification_deliveries"  ("dossier_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0aeeb551bb72c6c9e46b007b3c" ON "notification_deliveries"  ("status", "next_attempt_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_46f68a39f663b3d62238c184bf" ON "notification_deliveries"  ("dedupe_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "user_id" uuid NOT NULL, "dossier_id" uuid, "kind" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6ec031276e7f643e3795045de3e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_85678bb4e81aeb5de52495b70c" ON "staff_notifications"  ("delivery_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9a8f319bee75ffbd826f2332ba" ON "staff_notifications"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "portal_sync_states" ("dossier_id" uuid NOT NULL, "last_outbox_event_id" bigint NOT NULL, "last_status" character varying(40) NOT NULL, "last_national_status_code" smallint NOT NULL, "synced_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a6e5ab3177eb4c146dfd9fa6236" PRIMARY KEY ("dossier_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("owner_kind" character varying(10) NOT NULL, "owner_id" uuid NOT NULL, "email" boolean NOT NULL DEFAULT true, "sms" boolean NOT NULL DEFAULT true, "zalo" boolean NOT NULL DEFAULT true, "in_app" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_423e7803ea48c4e3ba0ee96581" CHECK ("owner_kind" IN (\'citizen\', \'staff\')), CONSTRAINT "PK_dd91e687338c5a21c54dd203f6d" PRIMARY KEY ("owner_kind", "owner_id"))',
    );
    await queryRunner.query('ALTER TABLE "dossiers" ADD "deadline_alert" character varying(10)');
    await queryRunner.query('ALTER TABLE "dossiers" ADD "missing_apology" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "missing_apology"');
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "deadline_alert"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP TABLE "portal_sync_states"');
    await queryRunner.query('DROP INDEX "public"."IDX_9a8f319bee75ffbd826f2332ba"');
    await queryRunner.query('DROP INDEX "public"."IDX_85678bb4e81aeb5de52495b70c"');
    await queryRunner.query('DROP TABLE "staff_notifications"');
    await queryRunner.query('DROP INDEX "public"."IDX_46f68a39f663b3d62238c184bf"');
    await queryRunner.query('DROP INDEX "public"."IDX_0aeeb551bb72c6c9e46b007b3c"');
    await queryRunner.query('DROP INDEX "public"."IDX_2ea8f74681a61f03a0f3d7b392"');
    await queryRunner.query('DROP TABLE "notification_deliveries"');
    await queryRunner.query('DROP INDEX "public"."IDX_3ac3af7a880e4db5aa152b59f8"');
    await queryRunner.query('DROP TABLE "deadline_notices"');
  }
}
