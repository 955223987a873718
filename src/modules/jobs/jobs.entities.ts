import { DeadlineNotice } from './deadline-watch/deadline-notice.entity';

export const JOB_ENTITIES = [DeadlineNotice];
