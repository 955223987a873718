import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { CurrentPrincipal } from '../authorization/current-principal.decorator';
import { AuthenticatedRoute } from '../authorization/route-policy.decorators';
import { type Principal } from '../domain/principal';
import { ChangePasswordDto } from './change-password.dto';
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

  // Limited per address as sign-in is: the current password must not be guessable through here.
  @Post('password')
  @AuthenticatedRoute()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ tracking: true })
  @Throttle({ auth: {} })
  @HttpCode(204)
  @ApiOperation({ summary: 'Đổi mật khẩu của chính mình (cán bộ hoặc công dân)' })
  @ApiNoContentResponse()
  @ApiTooManyRequestsResponse({ description: 'Quá nhiều lần thử từ địa chỉ này' })
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    return this.me.changePassword(principal, body.currentPassword, body.newPassword, body.refreshToken);
  }
}
