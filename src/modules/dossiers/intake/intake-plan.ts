import { type ProcedureContent } from '../../catalog';
import { type Implementation } from '../../catalog/procedures/domain/procedure-content';
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

// The implementation at the receiving desk's administrative level: its time limit applies.
export function findImplementationAt(content: ProcedureContent, levelCode: string): Implementation {
  const implementation = content.implementations.find((candidate) => candidate.level === levelCode);
  if (!implementation) {
    throw notHandledAtThisLevel();
  }
  return implementation;
}
