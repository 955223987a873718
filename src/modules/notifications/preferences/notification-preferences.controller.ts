import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRoute, CurrentPrincipal, type Principal } from '../../identity';
import { NotificationPreferencesDto } from './notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller('me/notification-preferences')
@AuthenticatedRoute()
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @ApiOperation({ summary: 'Các kênh nhận thông báo của tài khoản đang đăng nhập (mặc định: tất cả)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  find(@CurrentPrincipal() owner: Principal): Promise<NotificationPreferencesDto> {
    return this.preferences.find(owner);
  }

  @Put()
  @ApiOperation({ summary: 'Chọn các kênh nhận thông báo (thư điện tử, SMS, Zalo, trong ứng dụng)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  replace(
    @CurrentPrincipal() owner: Principal,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.replace(owner, body);
  }
}
