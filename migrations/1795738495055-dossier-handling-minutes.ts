import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DossierHandlingMinutes1795738495055 implements MigrationInterface {
  name = 'DossierHandlingMinutes1795738495055';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" ADD "handling_working_minutes" integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "handling_working_minutes"');
  }
}
