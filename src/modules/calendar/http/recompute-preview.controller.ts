import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { StaffRoute } from '../../identity';
import { RecomputePreviewService } from '../recompute/recompute-preview.service';
import { toProposedChange, toRecomputeResponse, toTrackedDeadlines } from './calendar-admin.mapper';
import { RecomputePreviewDto, RecomputePreviewResponseDto } from './dto/recompute-preview.dto';

@ApiTags('calendar')
@Controller('calendar/recompute-preview')
export class RecomputePreviewController {
  constructor(private readonly preview: RecomputePreviewService) {}

  @Post()
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary:
      'Xem trước: thay đổi lịch hoặc giờ làm việc sẽ dời hạn của các hồ sơ nào, bao nhiêu (không lưu gì)',
  })
  @ApiOkResponse({ type: RecomputePreviewResponseDto })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ (problem+json, errors[])' })
  @ApiConflictResponse({ description: 'Thay đổi không áp dụng được' })
  async previewRecompute(@Body() body: RecomputePreviewDto): Promise<RecomputePreviewResponseDto> {
    const deadlines = toTrackedDeadlines(body.deadlines);
    const changes = await this.preview.preview(toProposedChange(body.change), deadlines, body.agencyId);
    return toRecomputeResponse(changes, deadlines.length);
  }
}
