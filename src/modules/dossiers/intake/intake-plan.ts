import { type ProcedureContent } from '../../catalog';
import { type Implementation } from '../../catalog/procedures/domain/procedure-content';
import { type DossierDocument } from '../dossier.entity';
import { checklistProblem, channelNotOffered, notHandledAtThisLevel } from './intake.errors';

export interface ChecklistEntry {
  readonly documentIndex: number;
  readonly provided: boolean;
}

// The checklist is the published list, ticked: every document appears once, nothing else may
// be asked for (Decree 61/2018 art. 5), and a dossier is received only when every required
// document is there (art. 17).
export function checkChecklist(
  content: ProcedureContent,
  checklist: readonly ChecklistEntry[],
  receiving: boolean,
): string[] {
  const seen = new Set<number>();
  for (const entry of checklist) {
    if (entry.documentIndex >= content.documents.length) {
      throw checklistProblem(
        `Giấy tờ số ${entry.documentIndex} không có trong danh mục đã công bố của thủ tục.`,
      );
    }
    if (seen.has(entry.documentIndex)) {
      throw checklistProblem(`Giấy tờ số ${entry.documentIndex} được kê hai lần.`);
    }
    seen.add(entry.documentIndex);
  }
  const provided = new Set(checklist.filter((entry) => entry.provided).map((entry) => entry.documentIndex));
  const missing = content.documents.flatMap((document, index) =>
    document.isRequired && !provided.has(index) ? [document.name] : [],
  );
  if (receiving && missing.length > 0) {
    throw checklistProblem(
      `Thiếu giấy tờ bắt buộc: ${missing.join('; ')}. Hãy yêu cầu bổ sung thay vì tiếp nhận.`,
    );
  }
  return missing;
}

export function assertChannelOffered(content: ProcedureContent, channel: string): void {
  if (!(content.channels as readonly string[]).includes(channel)) {
    throw channelNotOffered(channel);
  }
}

// The implementation at the receiving desk's administrative level: its time limit applies. A
// procedure resolved higher up whose inter-level route starts at the desk's level (commune →
// district → province, Decree 61/2018 art. 19.7) is received there too: the higher agency
// resolves and the result comes back to this desk.
export function findImplementationAt(content: ProcedureContent, levelCode: string): Implementation {
  const implementation =
    content.implementations.find((candidate) => candidate.level === levelCode) ??
    content.implementations.find((candidate) => candidate.route.some((step) => step.level === levelCode));
  if (!implementation) {
    throw notHandledAtThisLevel();
  }
  return implementation;
}

// The published list as ticked at intake; the digitised flags are set when scans are attached.
export function documentsOf(
  content: ProcedureContent,
  checklist: readonly ChecklistEntry[],
): DossierDocument[] {
  const provided = new Set(checklist.filter((entry) => entry.provided).map((entry) => entry.documentIndex));
  return content.documents.map((document, documentIndex) => ({
    documentIndex,
    name: document.name,
    provided: provided.has(documentIndex),
    digitised: false,
  }));
}
