import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class WorkQueueSectorStatusIndexes1795735515394 implements MigrationInterface {
  name = 'WorkQueueSectorStatusIndexes1795735515394';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_5c0ccd9f479192f85567a8a634" ON "dossiers"  ("status", "due_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_76114634be700c54b868672a7f" ON "dossiers"  ("sector_id", "received_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_76114634be700c54b868672a7f"');
    await queryRunner.query('DROP INDEX "public"."IDX_5c0ccd9f479192f85567a8a634"');
  }
}
