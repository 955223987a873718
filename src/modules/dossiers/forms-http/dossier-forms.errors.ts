import { DomainError } from '../../../common';
import { DOSSIER_FORM_NAMES } from './dossier-form-catalog';

const NAMES = Object.values(DOSSIER_FORM_NAMES).join(', ');

export const unknownDossierForm = (name: string): DomainError =>
  new DomainError(
    'not-found',
    'form-not-available',
    'Không có biểu mẫu này',
    `Không có biểu mẫu "${name}". Biểu mẫu của hồ sơ: ${NAMES} (đuôi .pdf hoặc .json), hoặc số hiệu mẫu của bộ biểu mẫu áp dụng.`,
  );

// `reason` says why, in the citizen's terms (findFormAvailability).
export const formNotAvailable = (reason: string): DomainError =>
  new DomainError('not-found', 'form-not-available', 'Biểu mẫu chưa có cho hồ sơ này', reason);
