import { type FieldSchema, type ParamsOf } from './notice-fields';
import { fitSms, lookupUrl, redactPersonalNumbers } from './notice-format';

// One notice in every form a channel needs.
export interface RenderedNotice {
  readonly subject: string; // e-mail subject, in-app title
  readonly text: string; // e-mail body, plain text
  readonly short: string; // one paragraph with diacritics: Zalo, in-app body
  readonly sms: string; // without diacritics, GSM 03.38, one part (≤ 160 septets)
}

export interface NoticeContext {
  readonly publicBaseUrl: string;
}

// What a template decides; the composer lays it out the same way for every notice.
export interface NoticeDraft {
  readonly audience: 'citizen' | 'staff';
  readonly subject: string;
  readonly applicantName?: string | null; // the greeting of a citizen notice
  readonly lead: string; // what happened
  readonly facts: ReadonlyArray<readonly [label: string, value: string | null | undefined]>;
  readonly more?: readonly string[]; // what to do next
  readonly summary: string; // one or two sentences (Zalo, in-app)
  readonly smsSentence: string; // the SMS before unaccenting; the procedure name rarely fits
  readonly dossierCode?: string | null; // gives the lookup link
  readonly signature?: string | null; // the desk's name
}

export interface NoticeTemplate<S extends FieldSchema = FieldSchema> {
  readonly audience: 'citizen' | 'staff';
  readonly fields: S;
  readonly draft: (params: ParamsOf<S>) => NoticeDraft;
}

export function defineTemplate<S extends FieldSchema>(
  audience: 'citizen' | 'staff',
  fields: S,
  draft: (params: ParamsOf<S>) => NoticeDraft,
): NoticeTemplate<S> {
  return { audience, fields, draft };
}

const DESK = 'Bộ phận Tiếp nhận và Trả kết quả';
const CITIZEN_FOOTER = 'Thư này được gửi tự động từ hệ thống Một cửa, vui lòng không trả lời thư này.';
const STAFF_FOOTER = 'Thông báo tự động từ hệ thống Một cửa.';

// Text written by staff (a reason, a note, a list of documents) as it may appear in a message.
export function staffText(text: string | null | undefined): string | null {
  return text ? redactPersonalNumbers(text.trim()) : null;
}

export function composeNotice(draft: NoticeDraft, context: NoticeContext): RenderedNotice {
  const link = draft.dossierCode ? lookupUrl(context.publicBaseUrl, draft.dossierCode) : null;
  const facts = draft.facts
    .filter((fact): fact is readonly [string, string] => Boolean(fact[1]))
    .map(([label, value]) => (value.startsWith('\n') ? `${label}:${value}` : `${label}: ${value}`));
  const blocks =
    draft.audience === 'citizen'
      ? [
          `Kính gửi Ông/Bà${draft.applicantName ? ` ${draft.applicantName}` : ''},`,
          draft.lead,
          facts.join('\n'),
          ...(draft.more ?? []),
          link ? `Tra cứu tình trạng hồ sơ: ${link}` : '',
          `Trân trọng,\n${draft.signature ?? DESK}`,
          CITIZEN_FOOTER,
        ]
      : [draft.lead, facts.join('\n'), ...(draft.more ?? []), STAFF_FOOTER];
  return {
    subject: draft.subject,
    text: `${blocks.filter((block) => block !== '').join('\n\n')}\n`,
    short: link ? `${draft.summary} Tra cứu: ${link}` : draft.summary,
    sms: fitSms(draft.smsSentence, link ? `Tra cứu: ${link}` : null),
  };
}
