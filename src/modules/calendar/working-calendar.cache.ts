import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AgencyDirectory } from '../catalog';
import { agencyNotFound, calendarNotConfigured } from './calendar.errors';
import {
  buildScopedCalendar,
  type CalendarData,
  type ScopedCalendar,
  selectOfficeHoursOwner,
} from './domain/calendar-data';
import { CalendarDefinitionError } from './domain/engine';
import { OfficeHoursRepository } from './office-hours/office-hours.repository';
import { CalendarRevisionRepository } from './revision/calendar-revision.repository';
import { CalendarYearsRepository } from './years/calendar-years.repository';

// Everything the calendars are built from, as of one revision.
export interface CalendarSnapshot extends CalendarData {
  readonly revision: number;
}

interface CachedSnapshot extends CalendarSnapshot {
  readonly calendars: Map<string | null, ScopedCalendar>;
}

const MAX_CACHED_AGENCIES = 10_000;
const MAX_RELOADS = 3;

// Built calendars, per office-hours scope, kept with the revision they were built from. Several
// app instances share one database: before each use one cheap query reads calendar_revisions; a
// different value means another instance (or this one) changed the calendar, so it is reloaded.
//
// Reads go around any ambient transaction (the injected DataSource, not the transaction host): a
// calendar cached from an uncommitted change would be served under a revision number that a
// different change may take after a rollback.
@Injectable()
export class WorkingCalendarCache {
  private snapshot?: Promise<CachedSnapshot>;
  // Self first, then each ancestor. Parents never change (agencies are closed, not moved).
  private readonly lineages = new Map<string, readonly string[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly revisions: CalendarRevisionRepository,
    private readonly years: CalendarYearsRepository,
    private readonly officeHours: OfficeHoursRepository,
    private readonly agencies: AgencyDirectory,
  ) {}

  // The province calendar, or an agency's: the office hours of the agency or of its nearest
  // ancestor that has its own (see findOfficeHoursOwner), else the province default.
  async get(agencyId?: string): Promise<ScopedCalendar> {
    const snapshot = await this.currentSnapshot();
    const owner = agencyId === undefined ? null : await this.findOfficeHoursOwner(snapshot, agencyId);
    let scoped = snapshot.calendars.get(owner);
    if (!scoped) {
      scoped = buildFromStoredData(snapshot, owner);
      snapshot.calendars.set(owner, scoped);
    }
    return scoped;
  }

  async current(): Promise<CalendarSnapshot> {
    return this.currentSnapshot();
  }

  // Whose office hours an agency works by: its own rules, else its nearest ancestor's, else
  // (null) the province's. Throws the 404 problem for an agency the organisation tree lacks.
  async findOfficeHoursOwner(data: CalendarData, agencyId: string): Promise<string | null> {
    return selectOfficeHoursOwner(data, await this.findLineage(agencyId));
  }

  // Also used inside administrators' transactions, to check a change before it commits.
  async loadSnapshot(manager: EntityManager): Promise<CalendarSnapshot> {
    const revision = await this.revisions.read(manager);
    const years = await this.years.findScheduleYears(manager);
    const officeHours = await this.officeHours.findAll(manager);
    return { revision, years, officeHours };
  }

  async findLineage(agencyId: string): Promise<readonly string[]> {
    const cached = this.lineages.get(agencyId);
    if (cached) {
      return cached;
    }
    const rows = await this.agencies.ancestorsOf(agencyId);
    if (rows.length === 0) {
      throw agencyNotFound(agencyId);
    }
    if (this.lineages.size >= MAX_CACHED_AGENCIES) {
      this.lineages.clear();
    }
    const lineage = rows.map((row) => row.id);
    this.lineages.set(agencyId, lineage);
    return lineage;
  }

  private async currentSnapshot(): Promise<CachedSnapshot> {
    const revision = await this.revisions.read(this.dataSource.manager);
    for (let attempt = 0; attempt < MAX_RELOADS; attempt++) {
      const pending = this.snapshot;
      const cached = pending && (await pending);
      if (cached && cached.revision >= revision) {
        return cached;
      }
      // Only the first caller to find the snapshot stale reloads; the others wait for that load.
      if (this.snapshot === pending) {
        this.snapshot = this.reload();
      }
    }
    return this.snapshot!;
  }

  private reload(): Promise<CachedSnapshot> {
    const loading = this.dataSource
      .transaction('REPEATABLE READ', (manager) => this.loadSnapshot(manager))
      .then((snapshot) => ({ ...snapshot, calendars: new Map<string | null, ScopedCalendar>() }));
    void loading.catch(() => {
      if (this.snapshot === loading) {
        this.snapshot = undefined;
      }
    });
    return loading;
  }
}

function buildFromStoredData(data: CalendarData, officeHoursAgencyId: string | null): ScopedCalendar {
  try {
    return buildScopedCalendar(data, officeHoursAgencyId);
  } catch (error) {
    throw error instanceof CalendarDefinitionError ? calendarNotConfigured(error) : error;
  }
}
