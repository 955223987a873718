import { type MigrationInterface } from 'typeorm';
import { Platform1795721410846 } from './1795721410846-platform';

type MigrationClass = new () => MigrationInterface;

// Every migration, in order. A test fails when a file in migrations/ is missing here.
export const MIGRATIONS: MigrationClass[] = [Platform1795721410846];
