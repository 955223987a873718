import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PageQuery } from '../../../infra/http/page-query';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { StaffRoute } from '../../identity';
import { DeadLetterDto, DeadLetterPageDto, toDeadLetterDto } from '../deliveries/delivery.dto';
import { DeadLettersService } from './dead-letters.service';

@ApiTags('notifications')
@Controller('admin/notifications/dead-letters')
@StaffRoute('ADMIN')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo gửi lỗi sau mọi lần thử (mới nhất trước)' })
  @ApiOkResponse({ type: DeadLetterPageDto })
  async list(@Query() query: PageQuery): Promise<DeadLetterPageDto> {
    const { items, total } = await this.deadLetters.list(query);
    return { items: items.map(toDeadLetterDto), page: query.page, pageSize: query.pageSize, total };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi lại một thông báo gửi lỗi (về trạng thái chờ gửi, số lần thử 0)' })
  @ApiOkResponse({ type: DeadLetterDto })
  @ApiNotFoundResponse({ description: 'Không có thông báo này' })
  @ApiConflictResponse({ description: 'Thông báo không ở trạng thái gửi lỗi' })
  async retry(@Param('id', uuidParam) id: string): Promise<DeadLetterDto> {
    return toDeadLetterDto(await this.deadLetters.retry(id));
  }
}
