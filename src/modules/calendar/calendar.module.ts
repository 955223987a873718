import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';
import { CalendarChangeListeners } from './changes/calendar-change-listeners.service';
import { CalendarYearsController } from './http/calendar-years.controller';
import { CalendarController } from './http/calendar.controller';
import { OfficeHoursController } from './http/office-hours.controller';
import { RecomputePreviewController } from './http/recompute-preview.controller';
import { LunarConversionService } from './lunar-conversion/lunar-conversion.service';
import { OfficeHoursRepository } from './office-hours/office-hours.repository';
import { OfficeHoursService } from './office-hours/office-hours.service';
import { RecomputePreviewService } from './recompute/recompute-preview.service';
import { CalendarRevisionRepository } from './revision/calendar-revision.repository';
import { WorkingCalendarCache } from './working-calendar.cache';
import { CalendarYearsRepository } from './years/calendar-years.repository';
import { CalendarYearsService } from './years/calendar-years.service';

@Module({
  controllers: [
    CalendarController,
    CalendarYearsController,
    OfficeHoursController,
    RecomputePreviewController,
  ],
  providers: [
    CalendarRevisionRepository,
    CalendarYearsRepository,
    OfficeHoursRepository,
    WorkingCalendarCache,
    CalendarService,
    LunarConversionService,
    CalendarYearsService,
    OfficeHoursService,
    RecomputePreviewService,
    CalendarChangeListeners,
  ],
  exports: [CalendarService, CalendarChangeListeners, RecomputePreviewService],
})
export class CalendarModule {}
