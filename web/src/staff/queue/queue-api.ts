import { api, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

export type QueueQuery = NonNullable<operations['DossiersController_list']['parameters']['query']>;
export type Dossier = components['schemas']['WorkQueueItemDto'];

export const queueApi = {
  list: (query: QueueQuery) => unwrap(api.GET('/api/v1/dossiers', { params: { query } })),
  // How many dossiers match, without fetching them (the server counts up to 10,000).
  count: async (query: QueueQuery) => {
    const page = await unwrap(
      api.GET('/api/v1/dossiers', { params: { query: { ...query, page: 1, pageSize: 1 } } }),
    );
    return { total: page.total, capped: page.totalCapped };
  },
};
