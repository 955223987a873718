import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

// The signed-in account's own password, staff or citizen: the current one proves it is them.
export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({
    description: 'Ít nhất 10 ký tự, đủ 3 trong 4 loại; không chứa tên đăng nhập, số điện thoại, e-mail',
  })
  @IsString()
  @MaxLength(128)
  newPassword!: string;

  @ApiPropertyOptional({
    description:
      'Mã làm mới (refresh token) của phiên đang đổi mật khẩu: phiên này được giữ, mọi phiên khác bị đăng xuất. Không gửi: mọi phiên đều bị đăng xuất.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
