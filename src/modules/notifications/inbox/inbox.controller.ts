import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal, type Principal, ROLES, StaffRoute } from '../../identity';
import { InboxPageDto, InboxQuery } from './inbox.dto';
import { toInboxPageDto } from './inbox.mapper';
import { InboxService } from './inbox.service';

@ApiTags('notifications')
@Controller('me/notifications')
@StaffRoute(...ROLES)
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo trong ứng dụng của cán bộ, mới nhất trước, kèm số chưa đọc' })
  @ApiOkResponse({ type: InboxPageDto })
  async list(@CurrentPrincipal() staff: Principal, @Query() query: InboxQuery): Promise<InboxPageDto> {
    return toInboxPageDto(await this.inbox.list(staff.id, query), query);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu một thông báo đã đọc' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Không có thông báo này trong hộp thư của bạn' })
  markRead(@CurrentPrincipal() staff: Principal, @Param('id', uuidParam) id: string): Promise<void> {
    return this.inbox.markRead(staff.id, id);
  }
}
