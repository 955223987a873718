import type { components } from '../../../api/schema';
import { ROLE_LABELS } from '../../../auth/session';
import type { Role } from '../../../auth/session-store';

export type StaffUser = components['schemas']['StaffUserDto'];

export const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({
  value: value as Role,
  label,
}));
