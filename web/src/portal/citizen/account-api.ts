import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { citizenApi } from './citizen-session';

export type CitizenProfile = components['schemas']['CitizenProfileDto'];
export type NotificationPreferences = components['schemas']['NotificationPreferencesDto'];

// The signed-in citizen's own account: profile and the channels notices come by.
export const accountApi = {
  profile: () => unwrap(citizenApi.GET('/api/v1/me')),
  preferences: () => unwrap(citizenApi.GET('/api/v1/me/notification-preferences')),
  savePreferences: (body: NotificationPreferences) =>
    unwrap(citizenApi.PUT('/api/v1/me/notification-preferences', { body })),
};
