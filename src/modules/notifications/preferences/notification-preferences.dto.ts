import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

// The four channels, each on or off (PUT replaces all four).
export class NotificationPreferencesDto {
  @ApiProperty({ description: 'Thư điện tử' })
  @IsBoolean()
  email!: boolean;

  @ApiProperty({ description: 'Tin nhắn SMS' })
  @IsBoolean()
  sms!: boolean;

  @ApiProperty({ description: 'Zalo' })
  @IsBoolean()
  zalo!: boolean;

  @ApiProperty({ description: 'Thông báo trong ứng dụng (hộp thông báo của tài khoản)' })
  @IsBoolean()
  inApp!: boolean;
}
