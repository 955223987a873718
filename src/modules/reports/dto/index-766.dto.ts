import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { INDEX_766_GROUPS } from '../domain/index-766';
import { ReportScopeQuery } from './report-query.dto';
import { ReportPeriodDto } from './report-response.dto';

export class Index766Query extends ReportScopeQuery {
  @ApiPropertyOptional({
    enum: ['none', 'agency'],
    default: 'none',
    description: 'agency: one row per resolving agency',
  })
  @IsOptional()
  @IsIn(['none', 'agency'])
  groupBy: 'none' | 'agency' = 'none';
}

export class Index766GroupDto {
  @ApiProperty({ enum: INDEX_766_GROUPS }) group!: string;
  @ApiProperty({ example: 'Tiến độ giải quyết' }) label!: string;
  @ApiProperty({ example: 20 }) maxPoints!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null: not measurable from the data (see note)' })
  points!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The indicator behind the points, %' })
  sharePercent!: number | null;
  @ApiProperty({ nullable: true, type: Number }) numerator!: number | null;
  @ApiProperty({ nullable: true, type: Number }) denominator!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'không có dữ liệu' }) note!: string | null;
}

export class Index766ScoreDto {
  @ApiProperty({ type: [Index766GroupDto] }) groups!: readonly Index766GroupDto[];
  @ApiProperty({ description: 'Sum of the measurable groups’ points', example: 52.3 }) points!: number;
  @ApiProperty({ description: 'Sum of the measurable groups’ maxima', example: 72 })
  availableMaxPoints!: number;
  @ApiProperty({ example: 100 }) maxPoints!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Late by the portal rule ÷ resolved, %' })
  lateRatePercent!: number | null;
  @ApiProperty({ description: 'No complaints are recorded: satisfaction subtracts the late rate only' })
  complaintRateUnavailable!: boolean;
  @ApiProperty({ description: 'Citizens’ ratings recorded in the period' }) evaluationCount!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Average total rating 0–18, one decimal' })
  evaluationAverage!: number | null;
}

export class Index766RowDto extends Index766ScoreDto {
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty() agencyName!: string;
}

export class Index766ReportDto {
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ type: [Index766RowDto], description: 'Per resolving agency (groupBy=agency)' })
  rows!: Index766RowDto[];
  @ApiProperty({ type: Index766ScoreDto }) total!: Index766ScoreDto;
}
