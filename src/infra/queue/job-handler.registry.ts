import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { type JobName, type JobPayloads } from './queue-names';

export type JobHandler<N extends JobName = JobName> = (payload: JobPayloads[N]) => Promise<void>;

// Finds every @HandlesJob method once the module graph is built.
@Injectable()
export class JobHandlerRegistry {
  private handlers: Map<JobName, JobHandler> | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  all(): ReadonlyMap<JobName, JobHandler> {
    this.handlers ??= this.discover();
    return this.handlers;
  }

  private discover(): Map<JobName, JobHandler> {
    const found = new Map<JobName, JobHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | null | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) {
        continue;
      }
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = instance[methodName];
        if (typeof method !== 'function') {
          continue;
        }
        const job = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, method as () => void);
        if (job) {
          if (found.has(job)) {
            throw new Error(`Two handlers for job ${job}`);
          }
          found.set(job, (payload) => (method as JobHandler).call(instance, payload));
        }
      }
    }
    return found;
  }
}
