import { DossierCodeCounter } from './codes/dossier-code-counter.entity';
import { DossierEvent } from './dossier-event.entity';
import { Dossier } from './dossier.entity';

export const DOSSIER_ENTITIES = [Dossier, DossierEvent, DossierCodeCounter];
