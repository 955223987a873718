import { type NoticeDraft, staffText } from './notice-composer';

// What every citizen notice carries: the dossier (its code once received), the procedure, whom
// to greet and which desk signs.
export const CITIZEN_BASE = {
  dossierCode: 'text',
  procedureName: 'text',
  applicantName: 'text?',
  deskName: 'text?',
} as const;

interface CitizenBase {
  readonly dossierCode?: string | null;
  readonly applicantName?: string | null;
  readonly deskName?: string | null;
}

export function citizenDraft(params: CitizenBase, draft: Omit<NoticeDraft, 'audience'>): NoticeDraft {
  return {
    audience: 'citizen',
    applicantName: params.applicantName,
    signature: params.deskName,
    dossierCode: params.dossierCode,
    ...draft,
  };
}

// '\n  - Tờ khai…' per document, under its label.
export function listDocuments(documents: readonly string[] | null | undefined): string | null {
  return documents && documents.length > 0
    ? documents.map((document) => `\n  - ${staffText(document)}`).join('')
    : null;
}

// ' Lý do: ….' when staff gave one.
export function reasonSentence(reason: string | null | undefined): string {
  const text = staffText(reason);
  return text ? ` Lý do: ${/[.!?…]$/.test(text) ? text : `${text}.`}` : '';
}
