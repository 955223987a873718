import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { uuidParam as uuid } from '../../../infra/http/uuid-param.pipe';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal } from '../authorization/current-principal.decorator';
import { StaffRoute } from '../authorization/route-policy.decorators';
import { type Principal } from '../domain/principal';
import {
  CreateStaffUserDto,
  ListStaffUsersQuery,
  ResetPasswordDto,
  UpdateStaffUserDto,
} from './staff-user.dto';
import { StaffUserDto, StaffUserPageDto, toStaffUserDto, toStaffUserPage } from './staff-user.mapper';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@StaffRoute('ADMIN')
@ApiNotFoundResponse({ description: 'No such account within your scope' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách tài khoản cán bộ trong phạm vi quản trị' })
  @ApiOkResponse({ type: StaffUserPageDto })
  async list(
    @CurrentPrincipal() admin: Principal,
    @Query() query: ListStaffUsersQuery,
  ): Promise<StaffUserPageDto> {
    return toStaffUserPage(await this.users.list(admin, query));
  }

  @Get(':id')
  @ApiOkResponse({ type: StaffUserDto })
  async get(@CurrentPrincipal() admin: Principal, @Param('id', uuid) id: string): Promise<StaffUserDto> {
    return toStaffUserDto(await this.users.get(admin, id));
  }

  @Post()
  @ApiCreatedResponse({ type: StaffUserDto })
  async create(
    @CurrentPrincipal() admin: Principal,
    @Body() body: CreateStaffUserDto,
  ): Promise<StaffUserDto> {
    return toStaffUserDto(await this.users.create(admin, body));
  }

  @Patch(':id')
  @ApiOkResponse({ type: StaffUserDto })
  async update(
    @CurrentPrincipal() admin: Principal,
    @Param('id', uuid) id: string,
    @Body() body: UpdateStaffUserDto,
  ): Promise<StaffUserDto> {
    return toStaffUserDto(await this.users.update(admin, id, body));
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đặt lại mật khẩu; người dùng phải đổi ở lần đăng nhập sau' })
  @ApiNoContentResponse()
  resetPassword(
    @CurrentPrincipal() admin: Principal,
    @Param('id', uuid) id: string,
    @Body() body: ResetPasswordDto,
  ): Promise<void> {
    return this.users.resetPassword(admin, id, body.newPassword);
  }
}
