import { Injectable } from '@nestjs/common';
import { type FormDocument } from './domain/form-document';
import { type FormInput } from './domain/form-input';
import { type FormSet } from './domain/form-set';
import { listFormSets, renderFormJson, renderFormPdf, selectFormSet } from './form-rendering';

// The forms renderer as a Nest provider, for the dossiers service to inject (and a test to
// replace). It holds no state: the functions of ./index.ts do the work.
@Injectable()
export class FormsService {
  listFormSets(): readonly FormSet[] {
    return listFormSets();
  }

  selectFormSet(receivedAt: number): FormSet {
    return selectFormSet(receivedAt);
  }

  renderJson(form: string, input: FormInput): FormDocument {
    return renderFormJson(form, input);
  }

  renderPdf(form: string, input: FormInput): Promise<Buffer> {
    return renderFormPdf(form, input);
  }
}
