import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AgencyOfficeHours1795724705662 implements MigrationInterface {
  name = 'AgencyOfficeHours1795724705662';

  // Office hours per agency live in office_hours.agency_id (inherited from the nearest ancestor);
  // the free-text reference on agencies said the same thing a second way.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "agencies" DROP COLUMN "office_hours_ref"');
    await queryRunner.query(
      'ALTER TABLE "office_hours" ADD CONSTRAINT "FK_892320ffd1f395f305cc72642af" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "office_hours" DROP CONSTRAINT "FK_892320ffd1f395f305cc72642af"');
    await queryRunner.query('ALTER TABLE "agencies" ADD "office_hours_ref" character varying(60)');
  }
}
