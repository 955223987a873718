import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { ProcedureCatalog } from '../../catalog';
import { type Principal } from '../../identity';
import { type DossierStatus } from '../domain';
import { DossierQueryService } from '../dossier-query.service';
import { type DossierEvent } from '../dossier-event.entity';
import { type Dossier } from '../dossier.entity';
import { type FormSet } from '../forms';
import { FormsService } from '../forms/forms.service';
import { type DossierStep } from '../steps/dossier-step.entity';
import {
  DOSSIER_FORM_NAMES,
  type DossierFormFacts,
  type DossierFormKind,
  findFormAvailability,
  resolveDossierFormName,
} from './dossier-form-catalog';
import { agenciesNamedBy, buildDossierFormInput, type DossierFormSources } from './dossier-form-inputs';
import { formNotAvailable, unknownDossierForm } from './dossier-forms.errors';
import { FormLetterheadService } from './form-letterhead.service';

export type FormFormat = 'pdf' | 'json';

// The forms of a dossier's set with what the API serves each as (DossierFormListDto's shape).
export interface DossierFormListing {
  readonly dossierId: string;
  readonly formSetId: string;
  readonly legalBasis: string;
  readonly isFormSetConfirmed: boolean;
  readonly forms: ReadonlyArray<{
    readonly name: string;
    readonly kind: DossierFormKind;
    readonly number: string;
    readonly title: string;
    readonly paper: { readonly size: string; readonly orientation: string };
    readonly isAvailable: boolean;
    readonly reason: string | null;
    readonly pdf: string;
    readonly json: string;
  }>;
}

interface LoadedDossier {
  readonly dossier: Dossier;
  readonly events: DossierEvent[];
  readonly steps: DossierStep[];
  readonly set: FormSet;
  readonly facts: DossierFormFacts;
}

// A dossier's forms (Circular 01/2018 art. 9–10; the 2025 set as data): which exist now, and
// each as PDF or JSON, for whoever may read the dossier (others get 404 from the query service).
@Injectable()
export class DossierFormsService {
  constructor(
    private readonly queries: DossierQueryService,
    private readonly catalog: ProcedureCatalog,
    private readonly letterheads: FormLetterheadService,
    private readonly forms: FormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(reader: Principal, id: string): Promise<DossierFormListing> {
    const { set, facts } = await this.load(reader, id);
    return {
      dossierId: id,
      formSetId: set.id,
      legalBasis: set.legalBasis,
      isFormSetConfirmed: set.isConfirmed,
      forms: set.forms.flatMap((form) => {
        if (form.kind === 'register') {
          return [];
        }
        const availability = findFormAvailability(form.kind, set, facts);
        const path = `/api/v1/dossiers/${id}/forms/${DOSSIER_FORM_NAMES[form.kind]}`;
        return [
          {
            name: DOSSIER_FORM_NAMES[form.kind],
            kind: form.kind,
            number: form.number,
            title: form.title,
            paper: { ...form.paper },
            isAvailable: availability.isAvailable,
            reason: availability.isAvailable ? null : availability.reason,
            pdf: `${path}.pdf`,
            json: `${path}.json`,
          },
        ];
      }),
    };
  }

  async render(reader: Principal, id: string, form: string, format: FormFormat): Promise<Buffer | object> {
    const loaded = await this.load(reader, id);
    const kind = resolveDossierFormName(form, loaded.set);
    if (kind === null) {
      throw unknownDossierForm(form);
    }
    const availability = findFormAvailability(kind, loaded.set, loaded.facts);
    if (!availability.isAvailable) {
      throw formNotAvailable(availability.reason);
    }
    const input = buildDossierFormInput(kind, await this.sourcesOf(loaded, kind));
    return format === 'pdf' ? this.forms.renderPdf(kind, input) : this.forms.renderJson(kind, input);
  }

  private async load(reader: Principal, id: string): Promise<LoadedDossier> {
    const { dossier, events, steps } = await this.queries.findForReader(reader, id);
    // A dossier keeps the form set of the day it was received (or handed in, if never received).
    const set = this.forms.selectFormSet((dossier.receivedAt ?? dossier.submittedAt).getTime());
    const facts: DossierFormFacts = {
      status: dossier.status as DossierStatus,
      isReceived: dossier.code !== null && dossier.receivedAt !== null && dossier.appointmentAt !== null,
      actions: new Set(events.map((event) => event.action)),
    };
    return { dossier, events, steps, set, facts };
  }

  private async sourcesOf(loaded: LoadedDossier, kind: DossierFormKind): Promise<DossierFormSources> {
    const { dossier, events, steps } = loaded;
    const headings = await this.letterheads.headingsOf(agenciesNamedBy(dossier, events, steps));
    const version = await this.catalog.findVersionById(dossier.procedureVersionId);
    const content = version?.content;
    const published = content?.documents ?? [];
    // The receipt lists what was handed in (the intake checklist); older rows without one list
    // the required documents.
    const handedIn = dossier.documents
      .filter((document) => document.provided)
      .flatMap((document) => published[document.documentIndex] ?? []);
    return {
      dossier,
      events,
      steps,
      headings,
      procedure: {
        name: content?.name ?? '',
        code: version?.nationalCode ?? version?.procedureCode ?? null,
        documents: (kind === 'receipt' && handedIn.length > 0
          ? handedIn
          : published.filter((document) => document.isRequired)
        ).map((document) => ({ name: document.name, form: document.form, quantity: document.quantity })),
        fees: (content?.fees ?? []).map((fee) => ({
          description: fee.description,
          amountVnd: fee.amountVnd,
          note: fee.rule,
        })),
      },
      place: this.config.forms.placeName,
      lookupUrl: `${this.config.forms.publicBaseUrl}/tra-cuu`,
    };
  }
}
