import { AdminLevel } from './agencies/admin-level.entity';
import { Agency } from './agencies/agency.entity';
import { AgencyClosure } from './agencies/agency-closure.entity';
import { AgencySuccession } from './agencies/agency-succession.entity';

export const CATALOG_ENTITIES = [AdminLevel, Agency, AgencyClosure, AgencySuccession];
