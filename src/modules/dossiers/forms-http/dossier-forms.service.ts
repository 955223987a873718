import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { DomainError } from '../../../common';
import { AgencyDirectory, ProcedureCatalog } from '../../catalog';
import { type Principal } from '../../identity';
import { DossierQueryService } from '../dossier-query.service';
import { type Dossier } from '../dossier.entity';
import { type ReceiptInput } from '../forms';
import { FormsService } from '../forms/forms.service';

export type FormFormat = 'pdf' | 'json';

const formNotAvailable = () =>
  new DomainError(
    'not-found',
    'form-not-available',
    'Chưa có biểu mẫu này',
    'Biểu mẫu này chưa có cho hồ sơ (hiện có: receipt — Mẫu 01, khi hồ sơ đã được tiếp nhận).',
  );

// Forms of a dossier, from its data (Circular 01/2018 art. 9–10). So far: the receipt (Mẫu 01).
@Injectable()
export class DossierFormsService {
  constructor(
    private readonly queries: DossierQueryService,
    private readonly agencies: AgencyDirectory,
    private readonly catalog: ProcedureCatalog,
    private readonly forms: FormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(reader: Principal, id: string, form: string, format: FormFormat): Promise<Buffer | object> {
    const { dossier } = await this.queries.findForReader(reader, id);
    if (
      !['receipt', '01', '1'].includes(form) ||
      !dossier.code ||
      !dossier.receivedAt ||
      !dossier.appointmentAt
    ) {
      throw formNotAvailable();
    }
    const input = await this.receiptInput(dossier);
    return format === 'pdf'
      ? this.forms.renderPdf('receipt', input)
      : this.forms.renderJson('receipt', input);
  }

  private async receiptInput(dossier: Dossier): Promise<ReceiptInput> {
    const [ancestors, version] = await Promise.all([
      this.agencies.ancestorsOf(dossier.receivingAgencyId),
      this.catalog.findVersionById(dossier.procedureVersionId),
    ]);
    const names = await Promise.all(
      ancestors.slice(0, 2).map((ancestor) => this.agencies.describe(ancestor.id)),
    );
    const desk = names[0]?.name ?? '';
    const content = version?.content;
    return {
      kind: 'receipt',
      agency: { parentName: names[1]?.name ?? null, name: desk },
      deskName: desk,
      place: this.config.forms.placeName,
      issuedAt: dossier.receivedAt!.getTime(),
      documentNumber: null,
      applicant: {
        name: dossier.applicantName,
        idNumber: dossier.applicantIdNumberLast3 ? `*********${dossier.applicantIdNumberLast3}` : null,
        address: dossier.applicantAddress,
        phone: dossier.applicantPhoneLast4 ? `******${dossier.applicantPhoneLast4}` : null,
        email: dossier.applicantEmail,
      },
      procedure: {
        name: content?.name ?? '',
        code: version?.nationalCode ?? version?.procedureCode ?? null,
        timeLimitText: null,
      },
      channel: dossier.channel as ReceiptInput['channel'],
      receivedAt: dossier.receivedAt!.getTime(),
      lookupUrl: `${this.config.forms.publicBaseUrl}/tra-cuu`,
      dossierCode: dossier.code!,
      appointmentAt: dossier.appointmentAt!.getTime(),
      documents: (content?.documents ?? [])
        .filter((document) => document.isRequired)
        .map((document) => ({ name: document.name, form: document.form, quantity: document.quantity })),
      setCount: 1,
      fees: (content?.fees ?? []).map((fee) => ({
        description: fee.description,
        amountVnd: fee.amountVnd,
        note: fee.rule,
      })),
      resultDelivery: null,
      registerEntry: null,
      lookupSecret: null,
      receiverName: null,
    };
  }
}
