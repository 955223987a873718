import { ApiProperty } from '@nestjs/swagger';
import { FORM_06_LEVELS } from '../domain/form-06';

export class Form06CountsDto {
  @ApiProperty({ description: '(3) = (4) + (5) + (6)' }) receivedTotal!: number;
  @ApiProperty({ description: '(4) new, received online' }) receivedOnline!: number;
  @ApiProperty({ description: '(5) new, received at the desk or by post' }) receivedDirectOrPost!: number;
  @ApiProperty({ description: '(6) carried over from the previous period' }) carriedOver!: number;
  @ApiProperty({ description: '(7) = (8) + (9) + (10)' }) resolvedTotal!: number;
  @ApiProperty({ description: '(8)' }) resolvedEarly!: number;
  @ApiProperty({ description: '(9)' }) resolvedOnTime!: number;
  @ApiProperty({ description: '(10)' }) resolvedLate!: number;
  @ApiProperty({ description: '(11) = (12) + (13)' }) inProgressTotal!: number;
  @ApiProperty({ description: '(12)' }) inProgressWithinTime!: number;
  @ApiProperty({ description: '(13)' }) inProgressOverdue!: number;
}

export class Form06ColumnDto {
  @ApiProperty({ example: 3 }) number!: number;
  @ApiProperty({ example: 'Tổng số' }) heading!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The merged heading above it' }) group!:
    string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'receivedTotal',
    description: 'null for columns 1 and 2',
  })
  count!: string | null;
}

export class Form06RowDto {
  @ApiProperty({ enum: ['LEVEL', 'SECTOR', 'TOTAL'] }) kind!: string;
  @ApiProperty({ example: 'I', description: 'STT: I, II, III for levels; 1..n for sectors' }) number!: string;
  @ApiProperty({ example: 'Hộ tịch' }) label!: string;
  @ApiProperty({ nullable: true, enum: FORM_06_LEVELS }) level!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: "A sector row's sector, for the drill-down (null on other rows)",
  })
  sectorId!: string | null;
  @ApiProperty({ type: Form06CountsDto }) counts!: Form06CountsDto;
  @ApiProperty({ nullable: true, type: Number, example: 93.61, description: '(8 + 9) ÷ 7, %' })
  onTimeRatePercent!: number | null;
}

export class Form06Dto {
  @ApiProperty({ example: 'Biểu số 06/VPCP/KSTT' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty() periodLabel!: string;
  @ApiProperty() reportingUnit!: string;
  @ApiProperty({ example: 'Số hồ sơ' }) unitOfMeasure!: string;
  @ApiProperty({ type: [Form06ColumnDto] }) columns!: Form06ColumnDto[];
  @ApiProperty({ type: [Form06RowDto] }) rows!: Form06RowDto[];
}
