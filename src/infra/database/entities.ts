import { CATALOG_ENTITIES } from '../../modules/catalog/catalog.entities';
import { PROCEDURE_ENTITIES } from '../../modules/catalog/procedures/procedures.entities';
import { IDENTITY_ENTITIES } from '../../modules/identity/identity.entities';
import { AUDIT_ENTITIES } from '../../modules/audit/audit.entities';
import { CALENDAR_ENTITIES } from '../../modules/calendar/calendar.entities';
import { DOSSIER_ENTITIES } from '../../modules/dossiers/dossiers.entities';
import { JOB_ENTITIES } from '../../modules/jobs/jobs.entities';
import { NOTIFICATION_ENTITIES } from '../../modules/notifications/notifications.entities';
import { REPORT_ENTITIES } from '../../modules/reports/reports.entities';
import { QUEUE_ENTITIES } from '../queue/queue.entities';

// Every entity of every module, for the app's data source, the CLI and the schema check.
export const ENTITIES = [
  ...QUEUE_ENTITIES,
  ...AUDIT_ENTITIES,
  ...CATALOG_ENTITIES,
  ...PROCEDURE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...DOSSIER_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...JOB_ENTITIES,
  ...REPORT_ENTITIES,
];
