import type { components } from '../../../api/schema';

export type ProcedureStatus = components['schemas']['ProcedureSummaryResponse']['status'];

export const PROCEDURE_STATUS = {
  DRAFT: { label: 'Bản nháp', colour: 'default' },
  PUBLISHED: { label: 'Đang công bố', colour: 'green' },
  SUSPENDED: { label: 'Tạm ngừng', colour: 'orange' },
} as const satisfies Record<ProcedureStatus, { label: string; colour: string }>;

export type LifecycleAction = 'suspend' | 'reinstate' | 'delete';

// What the API lets an administrator do from each status (procedure-admin.service.ts): only a
// procedure never published is deleted; a published one is suspended instead, and a suspended
// one reinstated.
export const LIFECYCLE_ACTIONS = {
  DRAFT: ['delete'],
  PUBLISHED: ['suspend'],
  SUSPENDED: ['reinstate'],
} as const satisfies Record<ProcedureStatus, readonly LifecycleAction[]>;
