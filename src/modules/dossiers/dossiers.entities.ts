import { DossierAttachment } from './attachments/dossier-attachment.entity';
import { DossierCodeCounter } from './codes/dossier-code-counter.entity';
import { DossierConsultation } from './consultations/dossier-consultation.entity';
import { DossierEvent } from './dossier-event.entity';
import { Dossier } from './dossier.entity';
import { DossierEvaluation } from './evaluations/dossier-evaluation.entity';
import { DossierRegisterCounter } from './register/dossier-register-counter.entity';
import { DossierStep } from './steps/dossier-step.entity';

export const DOSSIER_ENTITIES = [
  Dossier,
  DossierEvent,
  DossierCodeCounter,
  DossierRegisterCounter,
  DossierStep,
  DossierAttachment,
  DossierEvaluation,
  DossierConsultation,
];
