import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

const asBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class DossierImportQuery {
  @ApiProperty({
    required: false,
    default: false,
    description: 'true: ghi các dòng hợp lệ dù có dòng lỗi (mặc định: có lỗi thì không ghi gì)',
  })
  @IsOptional()
  @Transform(asBoolean)
  @IsIn([true, false])
  applyValid: boolean = false;
}

export class DossierImportIssueResponse {
  @ApiProperty({ example: 7, description: 'Số dòng trong tệp (dòng tiêu đề là 1)' })
  line!: number;

  @ApiProperty({ example: 'due_at' })
  column!: string;

  @ApiProperty({ example: 'Hạn giải quyết trước ngày tiếp nhận' })
  message!: string;

  @ApiProperty({ description: 'false: chỉ là ghi chú (hồ sơ đã có, bỏ qua)' })
  isError!: boolean;
}

export class DossierImportTimingsResponse {
  @ApiProperty() copyMs!: number;
  @ApiProperty() validateMs!: number;
  @ApiProperty() insertMs!: number;
  @ApiProperty() totalMs!: number;
  @ApiProperty({
    required: false,
    description: 'Folding the inserted dossiers into the report rollups, after the import',
  })
  rollupFoldMs?: number;
}

export class DossierImportReportResponse {
  @ApiProperty({ description: 'Đã ghi vào hồ sơ (false: tệp có dòng lỗi và applyValid=false)' })
  applied!: boolean;

  @ApiProperty()
  applyValid!: boolean;

  @ApiProperty({ description: 'Số dòng dữ liệu (không kể tiêu đề)' })
  rows!: number;

  @ApiProperty({ description: 'Dòng hợp lệ, chưa có trong hệ thống' })
  valid!: number;

  @ApiProperty({ description: 'Dòng có lỗi' })
  invalid!: number;

  @ApiProperty({ description: 'Dòng có mã hồ sơ đã có (nhập lại cùng tệp): bỏ qua' })
  alreadyImported!: number;

  @ApiProperty({ description: 'Hồ sơ đã ghi' })
  inserted!: number;

  @ApiProperty({ description: 'Tổng số lỗi và ghi chú (danh sách dưới đây tối đa 1000)' })
  issueCount!: number;

  @ApiProperty({ type: [DossierImportIssueResponse] })
  issues!: DossierImportIssueResponse[];

  @ApiProperty({ type: DossierImportTimingsResponse })
  timings!: DossierImportTimingsResponse;
}
