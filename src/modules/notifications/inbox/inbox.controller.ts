import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { AuthenticatedRoute, CurrentPrincipal, type Principal } from '../../identity';
import { InboxPageDto, InboxQuery } from './inbox.dto';
import { toInboxPageDto } from './inbox.mapper';
import { InboxService } from './inbox.service';

@ApiTags('notifications')
@Controller('me/notifications')
@AuthenticatedRoute()
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    summary: 'Thông báo trong ứng dụng của tài khoản (cán bộ hoặc công dân), mới nhất trước, kèm số chưa đọc',
  })
  @ApiOkResponse({ type: InboxPageDto })
  async list(@CurrentPrincipal() owner: Principal, @Query() query: InboxQuery): Promise<InboxPageDto> {
    return toInboxPageDto(await this.inbox.list(owner, query), query);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu một thông báo đã đọc' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Không có thông báo này trong hộp thư của bạn' })
  markRead(@CurrentPrincipal() owner: Principal, @Param('id', uuidParam) id: string): Promise<void> {
    return this.inbox.markRead(owner, id);
  }
}
