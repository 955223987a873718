import { type MigrationInterface } from 'typeorm';
import { Platform1795721410846 } from './1795721410846-platform';
import { AuditLog1795722868454 } from './1795722868454-audit-log';
import { OrganisationAndIdentity1795722995484 } from './1795722995484-organisation-and-identity';
import { CalendarTables1795723210913 } from './1795723210913-calendar-tables';
import { ProcedureCatalog1795724270181 } from './1795724270181-procedure-catalog';
import { AgencyOfficeHours1795724705662 } from './1795724705662-agency-office-hours';
import { DossierCore1795725182018 } from './1795725182018-dossier-core';
import { ProcedureSearchColumns1795725643012 } from './1795725643012-procedure-search-columns';
import { ProcedureSearchWords1795725878079 } from './1795725878079-procedure-search-words';
import { DossierResolution1795726274164 } from './1795726274164-dossier-resolution';
import { DossierRoutesFilesRatings1795731665383 } from './1795731665383-dossier-routes-files-ratings';
import { DossierOpenDueIndex1795731928169 } from './1795731928169-dossier-open-due-index';
import { NotificationsAndDeadlineWatch1795732680514 } from './1795732680514-notifications-and-deadline-watch';
import { WorkQueueIndexes1795734218095 } from './1795734218095-work-queue-indexes';
import { DeadlineMarkIndexes1795735058202 } from './1795735058202-deadline-mark-indexes';
import { WorkQueueSectorStatusIndexes1795735515394 } from './1795735515394-work-queue-sector-status-indexes';
import { DossierImportedAt1795737223018 } from './1795737223018-dossier-imported-at';
import { DossierHandlingMinutes1795738495055 } from './1795738495055-dossier-handling-minutes';
import { ReportRollups1795741100000 } from './1795741100000-report-rollups';
import { ReportExports1795741200000 } from './1795741200000-report-exports';
import { ReportRollupsWithoutChannel1795741300000 } from './1795741300000-report-rollups-without-channel';
import { DossierConsultations1795741400000 } from './1795741400000-dossier-consultations';
import { DeadlineNoticesOfConsultations1795741500000 } from './1795741500000-deadline-notices-of-consultations';
import { CitizenInbox1795741600000 } from './1795741600000-citizen-inbox';
import { DossierLateStepAgency1795741700000 } from './1795741700000-dossier-late-step-agency';

type MigrationClass = new () => MigrationInterface;

// Every migration, in order. A test fails when a file in migrations/ is missing here.
export const MIGRATIONS: MigrationClass[] = [
  Platform1795721410846,
  AuditLog1795722868454,
  OrganisationAndIdentity1795722995484,
  CalendarTables1795723210913,
  ProcedureCatalog1795724270181,
  AgencyOfficeHours1795724705662,
  DossierCore1795725182018,
  ProcedureSearchColumns1795725643012,
  ProcedureSearchWords1795725878079,
  DossierResolution1795726274164,
  DossierRoutesFilesRatings1795731665383,
  DossierOpenDueIndex1795731928169,
  NotificationsAndDeadlineWatch1795732680514,
  WorkQueueIndexes1795734218095,
  DeadlineMarkIndexes1795735058202,
  WorkQueueSectorStatusIndexes1795735515394,
  DossierImportedAt1795737223018,
  DossierHandlingMinutes1795738495055,
  ReportRollups1795741100000,
  ReportExports1795741200000,
  ReportRollupsWithoutChannel1795741300000,
  DossierConsultations1795741400000,
  DeadlineNoticesOfConsultations1795741500000,
  CitizenInbox1795741600000,
  DossierLateStepAgency1795741700000,
];
