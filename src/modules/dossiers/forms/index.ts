// The forms renderer's public face (Mẫu 01–06 of Circular 01/2018, the 2025 set as data):
// the dossiers module maps a dossier into a FormInput and asks for JSON or PDF.
export {
  listFormSets,
  renderFormJson,
  renderFormPdf,
  selectFormSet,
  type FormRenderOptions,
} from './form-rendering';
export { FormsService } from './forms.service';
export { FormError, type FormErrorCode } from './domain/form.errors';
export {
  FORM_KINDS,
  type FormDefinition,
  type FormKind,
  type FormSet,
  type PaperSize,
  type SectionSpec,
} from './domain/form-set';
export { type FormBlock, type FormDocument, type TextRun } from './domain/form-document';
export {
  formSelectionInstant,
  type AgencyHeading,
  type ApologyInput,
  type ApplicantView,
  type DocumentForm,
  type DossierFormInput,
  type FeeLine,
  type FormChannel,
  type FormInput,
  type HandoverParty,
  type HistoryRow,
  type ProcedureView,
  type ProcessControlInput,
  type ReceiptInput,
  type ReceivedDocument,
  type RefusalInput,
  type RegisterInput,
  type RegisterRow,
  type StopNoticeInput,
  type SupplementRequestInput,
  type TimelinessResult,
} from './domain/form-input';
export { checkFormSet, checkFormSets } from './domain/form-set-check';
export { buildLookupQrPayload, parseLookupQrPayload } from './domain/lookup-qr';
export { nextRegisterNumber, type RegisterNumber } from './domain/register-numbering';
export { maskIdNumber } from './domain/form-fields';
export { SAMPLE_FORM_INPUTS } from './domain/form-samples';
