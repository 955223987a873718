import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

const asBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ImportOptionsQuery {
  @ApiProperty({
    required: false,
    default: false,
    description: 'true: áp dụng các dòng hợp lệ dù có dòng lỗi (mặc định: có lỗi thì không ghi gì)',
  })
  @IsOptional()
  @Transform(asBoolean)
  @IsIn([true, false])
  applyValid: boolean = false;

  @ApiProperty({ required: false, default: false, description: 'true: chỉ kiểm tra, không ghi gì' })
  @IsOptional()
  @Transform(asBoolean)
  @IsIn([true, false])
  dryRun: boolean = false;
}

export class ImportFileDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'Bảng tính .csv hoặc .xlsx theo mẫu (README)',
  })
  file!: unknown;
}

export class ImportProblemResponse {
  @ApiProperty({ example: 7, description: 'Số dòng trong bảng tính (dòng tiêu đề là 1)' })
  row!: number;

  @ApiProperty({ example: 'Cấp thực hiện' })
  column!: string;

  @ApiProperty({ example: 'dòng 1: đơn vị thời gian "NGAY" không phải một trong WORKING_DAYS, …' })
  problem!: string;
}

export class ImportReportResponse {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  format!: string;

  @ApiProperty({ description: 'Số dòng dữ liệu (không kể tiêu đề)' })
  rows!: number;

  @ApiProperty({ description: 'Đã ghi vào danh mục (false: tệp có lỗi, hoặc chỉ kiểm tra)' })
  applied!: boolean;

  @ApiProperty({ description: 'Thủ tục mới' })
  created!: number;

  @ApiProperty({ description: 'Thủ tục có phiên bản mới hoặc bản dự thảo mới' })
  versioned!: number;

  @ApiProperty({ description: 'Thủ tục đổi trạng thái (công bố, tạm ngừng)' })
  statusChanged!: number;

  @ApiProperty({ description: 'Dòng không thay đổi gì' })
  unchanged!: number;

  @ApiProperty({ description: 'Dòng bị bỏ qua vì lỗi (khi applyValid=true)' })
  skipped!: number;

  @ApiProperty({ type: [ImportProblemResponse] })
  problems!: ImportProblemResponse[];
}
