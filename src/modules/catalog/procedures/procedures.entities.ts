import { Sector } from '../sectors/sector.entity';
import { ProcedureSearchWord } from './procedure-search-word.entity';
import { ProcedureVersion } from './procedure-version.entity';
import { Procedure } from './procedure.entity';

// The procedure catalog's tables: sectors, procedures and their versions.
export const PROCEDURE_ENTITIES = [Sector, Procedure, ProcedureVersion, ProcedureSearchWord];
