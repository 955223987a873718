import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PROCEDURE_STATUSES, type ProcedureStatus } from '../domain/procedure-vocabulary';
import { type SpreadsheetFormat } from './spreadsheet-reader';

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: SpreadsheetFormat = 'xlsx';

  @ApiPropertyOptional({ enum: PROCEDURE_STATUSES })
  @IsOptional()
  @IsIn(PROCEDURE_STATUSES)
  status?: ProcedureStatus;

  @ApiPropertyOptional({ description: 'true: chỉ dữ liệu minh họa; false: chỉ thủ tục thật' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false])
  isDemo?: boolean;
}
