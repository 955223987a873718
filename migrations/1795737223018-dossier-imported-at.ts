import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class DossierImportedAt1795737223018 implements MigrationInterface {
  name = 'DossierImportedAt1795737223018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" ADD "imported_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "dossiers" DROP COLUMN "imported_at"');
  }
}
