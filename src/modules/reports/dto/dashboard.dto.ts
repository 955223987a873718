import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodDto } from './report-response.dto';

export class KpisDto {
  @ApiProperty() received!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty() late!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ nullable: true, type: Number, example: 93.61 }) onTimeRate!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'New online ÷ new, %' }) onlineShare!:
    number | null;
}

export class DashboardPeriodDto {
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ type: KpisDto }) kpis!: KpisDto;
  @ApiProperty({ type: KpisDto, description: 'The same period before it' }) previous!: KpisDto;
}

export class DashboardAgencyDto extends KpisDto {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty() agencyName!: string;
  @ApiProperty({ nullable: true, type: Number }) previousOnTimeRate!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Percentage points against the previous month' })
  onTimeRateChange!: number | null;
}

export class DashboardWorstProcedureDto {
  @ApiProperty({ format: 'uuid' }) procedureId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() overdue!: number;
}

export class DashboardWorstAgencyDto {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() overdue!: number;
}

export class DashboardDto {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: DashboardPeriodDto, description: 'This month as of now' }) month!: DashboardPeriodDto;
  @ApiProperty({ type: DashboardPeriodDto, description: 'The year to date as of now' })
  yearToDate!: DashboardPeriodDto;
  @ApiProperty({ type: [DashboardAgencyDto] }) agencies!: DashboardAgencyDto[];
  @ApiProperty({ type: [DashboardWorstProcedureDto] }) worstProcedures!: DashboardWorstProcedureDto[];
  @ApiProperty({ type: [DashboardWorstAgencyDto] }) worstAgencies!: DashboardWorstAgencyDto[];
}
