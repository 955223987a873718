import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class TrackingQueryDto {
  @ApiProperty({ description: 'The last 4 digits of the phone number on the receipt', example: '3456' })
  @IsString()
  @Matches(/^\d{4}$/, { message: 'verifier phải gồm 4 chữ số' })
  verifier!: string;
}

export class TrackingStepDto {
  @ApiProperty({ example: '2025-03-03T09:00:00+07:00' }) at!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ example: 'Đang xử lý' }) statusLabel!: string;
  @ApiProperty({ nullable: true, type: String, example: 'UBND Phường 1' }) agency!: string | null;
}

export class PublicTrackingDto {
  @ApiProperty({ example: '900.01.31.H55-250303-0001' }) code!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ example: 'Được tiếp nhận' }) statusLabel!: string;
  @ApiProperty() nationalStatusCode!: number;
  @ApiProperty({ example: 'Đăng ký khai sinh' }) procedureName!: string;
  @ApiProperty({ nullable: true, type: String }) receivedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) appointmentAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnedAt!: string | null;
  @ApiProperty({ type: [TrackingStepDto] }) steps!: TrackingStepDto[];
}
