import { SetMetadata } from '@nestjs/common';
import { type JobName } from './queue-names';

export const JOB_HANDLER_METADATA = 'mot-cua:job-handler';

// Marks a provider method as the processor of one job. The same method runs under Bull and
// in-process, so behaviour does not depend on whether Redis is configured.
export const HandlesJob = (job: JobName): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, job);
