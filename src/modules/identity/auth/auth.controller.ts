import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { PublicRoute } from '../authorization/route-policy.decorators';
import { toCitizenProfile } from '../citizens/citizen.mapper';
import { CitizensService } from '../citizens/citizens.service';
import { RegisterCitizenDto } from '../citizens/register-citizen.dto';
import { LoginDto, RefreshDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
@SkipThrottle({ tracking: true })
@ApiTooManyRequestsResponse({
  description: 'Too many attempts from this address, or the account is temporarily locked',
})
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly citizens: CitizensService,
  ) {}

  @Post('login')
  @PublicRoute()
  @HttpCode(200)
  @Throttle({ auth: {} })
  @ApiOperation({ summary: 'Đăng nhập (cán bộ: tên đăng nhập; công dân: số điện thoại hoặc e-mail)' })
  @ApiOkResponse({ type: SessionDto })
  login(@Body() body: LoginDto): Promise<SessionDto> {
    return this.auth.login(body.login, body.password);
  }

  @Post('refresh')
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đổi mã làm mới lấy phiên mới (mã cũ hết hiệu lực; dùng lại mã cũ thu hồi cả chuỗi)',
  })
  @ApiOkResponse({ type: SessionDto })
  refresh(@Body() body: RefreshDto): Promise<SessionDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @PublicRoute()
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất: thu hồi mã làm mới và cả chuỗi của nó' })
  @ApiNoContentResponse()
  logout(@Body() body: RefreshDto): Promise<void> {
    return this.auth.logout(body.refreshToken);
  }

  @Post('citizens/register')
  @PublicRoute()
  @Throttle({ auth: {} })
  @ApiOperation({ summary: 'Công dân tự đăng ký tài khoản (số điện thoại hoặc e-mail)' })
  @ApiCreatedResponse({ type: SessionDto })
  async register(
    @Body() body: RegisterCitizenDto,
  ): Promise<SessionDto & { profile: ReturnType<typeof toCitizenProfile> }> {
    const { citizen, session } = await this.citizens.register(body);
    return { ...session, profile: toCitizenProfile(citizen) };
  }
}
