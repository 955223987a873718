import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DossierResolution1795726274164 implements MigrationInterface {
  name = 'DossierResolution1795726274164';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" ADD "resolution" character varying(10)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "resolution"');
  }
}
