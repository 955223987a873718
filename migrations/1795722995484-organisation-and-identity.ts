import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class OrganisationAndIdentity1795722995484 implements MigrationInterface {
  name = 'OrganisationAndIdentity1795722995484';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "admin_levels" ("code" character varying(20) NOT NULL, "name" character varying(60) NOT NULL, "rank" smallint NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "PK_199eb8b679ba70c5c4ee956535a" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(60) NOT NULL, "name" character varying(255) NOT NULL, "short_name" character varying(120) NOT NULL, "level_code" character varying(20) NOT NULL, "kind" character varying(30) NOT NULL, "parent_id" uuid, "qcvn_code" character varying(30), "decision20_code" character varying(30), "gso_code" character varying(10), "address" character varying(255), "office_hours_ref" character varying(60), "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_9cceeabac59bf27b16e1fdd42c" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_913310eb0d9933465767727b6d" ON "agencies"  ("key") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_92858d3f1d22c057ce6bc8479f" ON "agencies"  ("qcvn_code") WHERE "qcvn_code" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_94d0579119e6904d18724df279" ON "agencies"  ("level_code", "valid_from") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_3a266a8878ec4e59e20a7bdc06" ON "agencies"  ("parent_id") ');
    await queryRunner.query(
      'CREATE TABLE "agency_closure" ("ancestor_id" uuid NOT NULL, "descendant_id" uuid NOT NULL, "depth" smallint NOT NULL, CONSTRAINT "PK_06dcf2c28ec255c1fae30dd5771" PRIMARY KEY ("ancestor_id", "descendant_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_854cae62e599c472b83454b8f4" ON "agency_closure"  ("descendant_id", "depth") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agency_successions" ("predecessor_id" uuid NOT NULL, "successor_id" uuid NOT NULL, "share" character varying(10) NOT NULL, "effective_date" date NOT NULL, "note" character varying(255), CONSTRAINT "PK_0eec11dbd47e2cbc0aff40c56fc" PRIMARY KEY ("predecessor_id", "successor_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a997cb55bcd5901dc5f8efa3bf" ON "agency_successions"  ("successor_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "subject_kind" character varying(10) NOT NULL, "subject_id" uuid NOT NULL, "secret_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2653196e21d43818b686d87697" ON "refresh_tokens"  ("subject_kind", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "citizens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(120) NOT NULL, "email" character varying(254), "phone_lookup" character varying(64), "phone_encrypted" text, "phone_last3" character varying(4), "id_number_encrypted" text, "id_number_last3" character varying(4), "password_hash" character varying(255) NOT NULL, "failed_logins" smallint NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_125518d98ee3b4cf52b8ab14a43" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_27145a39f590d8231df7fd74e6" ON "citizens"  ("email") WHERE "email" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_56b03915141aeb1fcc9faba51a" ON "citizens"  ("phone_lookup") WHERE "phone_lookup" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "full_name" character varying(120) NOT NULL, "agency_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_hash" character varying(255) NOT NULL, "must_change_password" boolean NOT NULL DEFAULT false, "failed_logins" smallint NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6b167335377df69f7910c2c75e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_975b4ddfa7b30b64ac26cefbad" ON "staff_users"  ("username") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_84645b230cb5ac5a4e116f6bb9" ON "staff_users"  ("agency_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_roles" ("user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "PK_f6b1e8e44028bb9d32f6e0d5f59" PRIMARY KEY ("user_id", "role"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_agencies_name_search" ON "agencies" USING gin (f_unaccent(lower("name")) gin_trgm_ops)',
    );
    await queryRunner.query(
      'ALTER TABLE "agencies" ADD CONSTRAINT "FK_da55f5e3f5063bb9a42074aae70" FOREIGN KEY ("level_code") REFERENCES "admin_levels"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agencies" ADD CONSTRAINT "FK_3a266a8878ec4e59e20a7bdc06d" FOREIGN KEY ("parent_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_closure" ADD CONSTRAINT "FK_6a0411dd972a0c552f4a1d72304" FOREIGN KEY ("ancestor_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_closure" ADD CONSTRAINT "FK_f88a075129d183978a59ac4332d" FOREIGN KEY ("descendant_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_successions" ADD CONSTRAINT "FK_67771a6a93e6ca8cbf5f604d04e" FOREIGN KEY ("predecessor_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_successions" ADD CONSTRAINT "FK_a997cb55bcd5901dc5f8efa3bfb" FOREIGN KEY ("successor_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_users" ADD CONSTRAINT "FK_84645b230cb5ac5a4e116f6bb9f" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_roles" ADD CONSTRAINT "FK_03f4e2cfe89253a670de56ed71e" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_agencies_name_search"');
    await queryRunner.query('ALTER TABLE "staff_roles" DROP CONSTRAINT "FK_03f4e2cfe89253a670de56ed71e"');
    await queryRunner.query('ALTER TABLE "staff_users" DROP CONSTRAINT "FK_84645b230cb5ac5a4e116f6bb9f"');
    await queryRunner.query(
      'ALTER TABLE "agency_successions" DROP CONSTRAINT "FK_a997cb55bcd5901dc5f8efa3bfb"',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_successions" DROP CONSTRAINT "FK_67771a6a93e6ca8cbf5f604d04e"',
    );
    await queryRunner.query('ALTER TABLE "agency_closure" DROP CONSTRAINT "FK_f88a075129d183978a59ac4332d"');
    await queryRunner.query('ALTER TABLE "agency_closure" DROP CONSTRAINT "FK_6a0411dd972a0c552f4a1d72304"');
    await queryRunner.query('ALTER TABLE "agencies" DROP CONSTRAINT "FK_3a266a8878ec4e59e20a7bdc06d"');
    await queryRunner.query('ALTER TABLE "agencies" DROP CONSTRAINT "FK_da55f5e3f5063bb9a42074aae70"');
    await queryRunner.query('DROP TABLE "staff_roles"');
    await queryRunner.query('DROP INDEX "public"."IDX_84645b230cb5ac5a4e116f6bb9"');
    await queryRunner.query('DROP INDEX "public"."IDX_975b4ddfa7b30b64ac26cefbad"');
    await queryRunner.query('DROP TABLE "staff_users"');
    await queryRunner.query('DROP INDEX "public"."IDX_56b03915141aeb1fcc9faba51a"');
    await queryRunner.query('DROP INDEX "public"."IDX_27145a39f590d8231df7fd74e6"');
    await queryRunner.query('DROP TABLE "citizens"');
    await queryRunner.query('DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"');
    await queryRunner.query('DROP INDEX "public"."IDX_2653196e21d43818b686d87697"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_a997cb55bcd5901dc5f8efa3bf"');
    await queryRunner.query('DROP TABLE "agency_successions"');
    await queryRunner.query('DROP INDEX "public"."IDX_854cae62e599c472b83454b8f4"');
    await queryRunner.query('DROP TABLE "agency_closure"');
    await queryRunner.query('DROP INDEX "public"."IDX_3a266a8878ec4e59e20a7bdc06"');
    await queryRunner.query('DROP INDEX "public"."IDX_94d0579119e6904d18724df279"');
    await queryRunner.query('DROP INDEX "public"."IDX_92858d3f1d22c057ce6bc8479f"');
    await queryRunner.query('DROP INDEX "public"."IDX_913310eb0d9933465767727b6d"');
    await queryRunner.query('DROP TABLE "agencies"');
    await queryRunner.query('DROP TABLE "admin_levels"');
  }
}
