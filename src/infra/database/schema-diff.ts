import { type DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

// What `migration:generate` would write: the SQL that brings the database to the entities.
// Empty when entities and migrations agree.
export async function diffSchemaAgainstEntities(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query),
  };
}
