import { ApiProperty } from '@nestjs/swagger';

export class ReportPeriodDto {
  @ApiProperty({ example: '2020-KY' }) key!: string;
  @ApiProperty({ example: 'Kỳ báo cáo năm 2020 (15/12/2019 – 14/12/2020)' }) label!: string;
  @ApiProperty({ example: '2019-12-15' }) fromDate!: string;
  @ApiProperty({ example: '2020-12-14' }) toDate!: string;
}

export class MeasureRowDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The group: level code, agency/sector/procedure id, channel',
  })
  key!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Hộ tịch' }) label!: string | null;
  @ApiProperty({ description: 'Received: carried over + new (col. 3)' }) received!: number;
  @ApiProperty({ description: 'New online (col. 4)' }) newOnline!: number;
  @ApiProperty({ description: 'New at the desk (col. 5, with newPost)' }) newDirect!: number;
  @ApiProperty() newPost!: number;
  @ApiProperty({ description: 'Carried over from before the period (col. 6)' }) carriedOver!: number;
  @ApiProperty({ description: 'Resolved in the period (col. 7)' }) resolved!: number;
  @ApiProperty({ description: 'col. 8' }) early!: number;
  @ApiProperty({ description: 'col. 9' }) onTime!: number;
  @ApiProperty({ description: 'col. 10' }) late!: number;
  @ApiProperty({ description: 'In progress at the end of the period (col. 11)' }) inProgress!: number;
  @ApiProperty({ description: 'col. 12' }) withinTime!: number;
  @ApiProperty({ description: 'col. 13' }) overdue!: number;
  @ApiProperty({ description: 'Withdrawn or stopped in the period' }) withdrawn!: number;
  @ApiProperty({ description: 'On an inter-agency route' }) interAgency!: number;
  @ApiProperty({ description: 'With at least one supplement request' }) supplementRequests!: number;
  @ApiProperty({ description: 'With an apology letter' }) apologies!: number;
  @ApiProperty({ description: 'New online at service level 3' }) onlineLevel3!: number;
  @ApiProperty({ description: 'New online at service level 4' }) onlineLevel4!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 4.25,
    description:
      'Average handling time in working days of the dossiers resolved in the period with a measured handling time',
  })
  averageHandlingWorkingDays!: number | null;
  @ApiProperty({ description: "Citizens' ratings recorded in the period (satisfaction)" }) ratings!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 16.4,
    description: 'Their average total score, 0–18 (nine indices scored 2/1/0), one decimal',
  })
  averageRating!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 93.61,
    description: '(early + on time) ÷ resolved, %',
  })
  onTimeRate!: number | null;
}

export class HandlingTimeDto {
  @ApiProperty({ nullable: true, type: Number, example: 4.25 }) averageWorkingDays!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) medianWorkingDays!: number | null;
  @ApiProperty({ description: 'Resolved dossiers with a measured handling time' }) dossiers!: number;
}

export class OnTimeReportDto {
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({
    type: HandlingTimeDto,
    description: 'Working days from receipt to result, less the time waiting for the citizen',
  })
  handling!: HandlingTimeDto;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ type: [MeasureRowDto] }) rows!: MeasureRowDto[];
  @ApiProperty({ type: MeasureRowDto }) total!: MeasureRowDto;
}

export class DrillDownItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() procedureName!: string;
  @ApiProperty() levelCode!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() status!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) classification!: string | null;
  @ApiProperty() resolvingAgencyName!: string;
}

export class DrillDownPageDto {
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ type: [DrillDownItemDto] }) items!: DrillDownItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class LateAgencyDto {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ example: 'Ủy ban nhân dân huyện Sơn Hòa' }) agencyName!: string;
  @ApiProperty({ description: 'Late dossiers whose first late route step was this agency’s' }) late!: number;
}

export class LatenessReportDto {
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ type: [LateAgencyDto] }) agencies!: LateAgencyDto[];
  @ApiProperty({ description: 'Late dossiers with no late route step (the desk, or no route)' })
  withoutLateStep!: number;
}
