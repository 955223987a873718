import { type ProcedureStatus } from './procedure-vocabulary';
import { checkEffectiveFrom, type VersionFacts } from './version-in-force';

export interface ExistingVersion extends VersionFacts {
  readonly digest: string;
}

export interface ExistingProcedure {
  readonly status: ProcedureStatus;
  readonly versions: readonly ExistingVersion[];
}

export interface ImportRow {
  readonly status: ProcedureStatus;
  readonly effectiveFrom: string | null;
  readonly digest: string;
}

// What importing a row does to its procedure. Content changes never touch a published version:
// they become a new version (or the draft, which is still editable).
export type ContentChange =
  | 'none'
  | 'new-version' // a new published version after the latest
  | 'publish-draft' // the existing draft already holds this content: publish it
  | 'replace-and-publish-draft' // the draft is overwritten by the row, then published
  | 'replace-draft' // a never-published procedure's draft gets the row's content
  | 'first-version'; // a new procedure

export interface ImportAction {
  readonly content: ContentChange;
  readonly statusTo: ProcedureStatus | null;
}

export type ImportDecision =
  | { readonly action: ImportAction }
  | { readonly problem: { readonly column: 'status' | 'effectiveFrom'; readonly text: string } };

export function planImportRow(
  existing: ExistingProcedure | null,
  row: ImportRow,
  today: string,
): ImportDecision {
  if (existing === null) {
    return { action: { content: 'first-version', statusTo: row.status } };
  }
  const published = existing.versions.filter((version) => version.status === 'PUBLISHED');
  const latestPublished = published.reduce<ExistingVersion | null>(
    (latest, version) => (latest === null || version.versionNo > latest.versionNo ? version : latest),
    null,
  );
  const draft = existing.versions.find((version) => version.status === 'DRAFT') ?? null;
  if (row.status === 'DRAFT') {
    if (latestPublished !== null) {
      return {
        problem: {
          column: 'status',
          text: 'thủ tục đã công bố không trở lại dự thảo (dùng SUSPENDED để tạm ngừng)',
        },
      };
    }
    return draft !== null && draft.digest === row.digest
      ? { action: { content: 'none', statusTo: null } }
      : { action: { content: 'replace-draft', statusTo: null } };
  }
  let content: ContentChange = 'none';
  if (latestPublished === null || latestPublished.digest !== row.digest) {
    content =
      draft === null
        ? 'new-version'
        : draft.digest === row.digest
          ? 'publish-draft'
          : 'replace-and-publish-draft';
    const problem = checkEffectiveFrom(row.effectiveFrom ?? '', today, latestPublished);
    if (problem !== null) {
      return { problem: { column: 'effectiveFrom', text: problem } };
    }
  }
  const statusTo = existing.status === row.status ? null : row.status;
  return { action: { content, statusTo } };
}

export function isNoChange(action: ImportAction): boolean {
  return action.content === 'none' && action.statusTo === null;
}
