import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../authorization/current-principal.decorator';
import { AuthenticatedRoute, StaffRoute } from '../authorization/route-policy.decorators';
import { type Principal } from '../domain/principal';
import { ROLES } from '../domain/roles';
import { ChangePasswordDto } from '../users/staff-user.dto';
import { MeDto } from './me.dto';
import { MeService } from './me.service';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Tài khoản đang đăng nhập (cán bộ hoặc công dân)' })
  @ApiOkResponse({ type: MeDto })
  describe(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.me.describe(principal);
  }

  @Post('password')
  @StaffRoute(...ROLES)
  @HttpCode(204)
  @ApiOperation({ summary: 'Cán bộ đổi mật khẩu của mình' })
  @ApiNoContentResponse()
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    return this.me.changePassword(principal, body.currentPassword, body.newPassword);
  }
}
