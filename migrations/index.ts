import { type MigrationInterface } from 'typeorm';
import { Platform1795721410846 } from './1795721410846-platform';
import { AuditLog1795722868454 } from './1795722868454-audit-log';

type MigrationClass = new () => MigrationInterface;

// Every migration, in order. A test fails when a file in migrations/ is missing here.
export const MIGRATIONS: MigrationClass[] = [Platform1795721410846, AuditLog1795722868454];
