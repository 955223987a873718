import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../../../infra/http/page-query';
import { TEMPLATE_NAMES } from '../templates/notice-templates';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: chỉ thông báo chưa đọc' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class StaffNoticeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: TEMPLATE_NAMES, description: 'Loại thông báo (mẫu)' })
  kind!: string;

  @ApiProperty({ example: 'Quá hạn: hồ sơ 000.21.30.H55-250120-0007' })
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  dossierId!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readAt!: string | null;
}

export class InboxPageDto {
  @ApiProperty({ type: [StaffNoticeDto] })
  items!: StaffNoticeDto[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;

  @ApiProperty({ description: 'Số thông báo chưa đọc' })
  unread!: number;
}
