import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { AuditService } from '../../audit';
import { parseIsoDate, toDayNumber, vietnamInstantOf } from '../../calendar/domain/local-date';
import { ProcedureCatalog } from '../../catalog';
import { AgencyAccessService, type Principal, type Role } from '../../identity';
import { type Dossier } from '../dossier.entity';
import { type RegisterInput } from '../forms';
import { FormsService } from '../forms/forms.service';
import { FormLetterheadService } from '../forms-http/form-letterhead.service';
import { type RegisterQueryDto } from './register-query.dto';
import { invalidRegisterRange, registerNotFound, registerRangeTooLarge } from './register.errors';
import { RegisterRepository, type RegisterSelection } from './register.repository';
import { type RegisterLineSources, toRegisterRow } from './register-rows';

// The roles that keep or oversee a desk's register; the agency scope then decides.
export const REGISTER_READERS = [
  'CLERK',
  'UNIT_HEAD',
  'AGENCY_LEADER',
  'LEADER_VIEWER',
] as const satisfies Role[];

// One request prints at most this many lines (a busy provincial centre receives ~200 a day): a
// month's register of a district desk fits; a year of the province's centre is printed by month.
export const MAX_REGISTER_LINES = 2000;

const REGISTER_FILE = /^(\d{4})\.(pdf|json)$/;

export interface RenderedRegister {
  readonly fileName: string;
  readonly content: Buffer | object;
}

// The desk register (Mẫu 06 of 2018, Mẫu 07 of 2025) of one desk and one year, from the numbers
// the receipts took (ReceiptService): CLERKs of the desk's organisation and the leaders above it.
@Injectable()
export class RegisterService {
  constructor(
    private readonly registers: RegisterRepository,
    private readonly access: AgencyAccessService,
    private readonly catalog: ProcedureCatalog,
    private readonly letterheads: FormLetterheadService,
    private readonly forms: FormsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(
    reader: Principal,
    agencyId: string,
    file: string,
    query: RegisterQueryDto,
    now = new Date(),
  ): Promise<RenderedRegister> {
    const match = REGISTER_FILE.exec(file);
    if (!match) {
      throw registerNotFound();
    }
    const year = Number(match[1]);
    const input = await this.loadInput(reader, { agencyId, year, ...rangeOf(query) }, now);
    const content =
      match[2] === 'pdf'
        ? await this.forms.renderPdf('register', input)
        : this.forms.renderJson('register', input);
    return { fileName: `so-theo-doi-ho-so-${year}.${match[2]}`, content };
  }

  // Read in one transaction; the PDF is drawn after it, holding no connection.
  @Transactional()
  private async loadInput(
    reader: Principal,
    selection: RegisterSelection,
    now: Date,
  ): Promise<RegisterInput> {
    const roles =
      reader.kind === 'staff'
        ? reader.roles.filter((role) => (REGISTER_READERS as readonly Role[]).includes(role))
        : [];
    if (!(await this.access.isAllowed(reader, selection.agencyId, 'read', roles))) {
      throw registerNotFound();
    }
    const range = await this.registers.findNumberRange(selection);
    const count = range === null ? 0 : range.last - range.first + 1;
    if (count > MAX_REGISTER_LINES) {
      throw registerRangeTooLarge(count, MAX_REGISTER_LINES);
    }
    const lines =
      range === null
        ? []
        : await this.registers.findLines(selection.agencyId, selection.year, range.first, range.last);
    const desk = await this.letterheads.headingOf(selection.agencyId);
    const sources = await this.lineSourcesOf(lines);
    await this.audit.record({
      action: 'dossier-register.read',
      targetType: 'agency',
      targetId: selection.agencyId,
      summary: { year: selection.year, first: range?.first ?? null, last: range?.last ?? null },
    });
    return {
      kind: 'register',
      agency: desk,
      deskName: desk.name,
      place: this.config.forms.placeName,
      issuedAt: now.getTime(),
      year: selection.year,
      book: String(selection.year),
      periodFrom: lines[0]?.receivedAt?.getTime() ?? selection.fromMs ?? startOfYear(selection.year),
      rows: lines.map((line) => toRegisterRow(line, sources)),
    };
  }

  private async lineSourcesOf(lines: readonly Dossier[]): Promise<RegisterLineSources> {
    const procedureNames = new Map<string, string>();
    for (const versionId of new Set(lines.map((line) => line.procedureVersionId))) {
      procedureNames.set(versionId, (await this.catalog.findVersionById(versionId))?.content.name ?? '');
    }
    const headings = await this.letterheads.headingsOf(lines.map((line) => line.resolvingAgencyId));
    return {
      procedureNames,
      agencyNames: new Map([...headings].map(([id, heading]) => [id, heading.name])),
      transferredAt: await this.registers.findTransferTimes(lines.map((line) => line.id)),
    };
  }
}

const startOfYear = (year: number): number => vietnamInstantOf(toDayNumber({ year, month: 1, day: 1 }), 0);

// from/to are Vietnamese days, both inclusive: [start of from, start of the day after to).
function rangeOf(query: RegisterQueryDto): Pick<RegisterSelection, 'fromMs' | 'toMs'> {
  const dayOf = (text: string | undefined, field: string): number | null => {
    if (text === undefined) {
      return null;
    }
    const date = parseIsoDate(text);
    if (date === null) {
      throw invalidRegisterRange(`${field}: ngày ${text} không tồn tại.`, field);
    }
    return toDayNumber(date);
  };
  const from = dayOf(query.from, 'from');
  const to = dayOf(query.to, 'to');
  if (from !== null && to !== null && from > to) {
    throw invalidRegisterRange('from phải trước hoặc bằng to.', 'from');
  }
  return {
    fromMs: from === null ? null : vietnamInstantOf(from, 0),
    toMs: to === null ? null : vietnamInstantOf(to + 1, 0),
  };
}
