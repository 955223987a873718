import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { type InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';
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
      // Handlers are methods of class providers. Value and factory providers are not scanned: one
      // is the CLS request proxy, whose properties throw when read inside an HTTP request (where
      // the in-process queue discovers its handlers at the first enqueue).
      if (
        !instance ||
        typeof instance !== 'object' ||
        !wrapper.isDependencyTreeStatic() ||
        !isClassProvider(wrapper)
      ) {
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

function isClassProvider(wrapper: InstanceWrapper): boolean {
  return (
    typeof wrapper.metatype === 'function' && !wrapper.inject && wrapper.instance instanceof wrapper.metatype
  );
}
