import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { toProposedChange } from '../../calendar';
import { StaffRoute } from '../../identity';
import { DeadlineRecomputePreviewService } from './deadline-recompute-preview.service';
import { DeadlineRecomputePreviewDto } from './deadline-recompute.dto';
import { DeadlineRecomputePreviewResponseDto, toRecomputePreviewResponse } from './deadline-recompute.mapper';

// Calendar administrators (province-wide, as the calendar routes) preview a change against the
// real open dossiers; saving the change itself (PUT /calendar/years/{year}, the office-hours
// routes) re-dates them.
@ApiTags('dossiers')
@Controller('dossiers/deadline-recompute')
export class DeadlineRecomputeController {
  constructor(private readonly preview: DeadlineRecomputePreviewService) {}

  @Post('preview')
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary:
      'Xem trước: thay đổi lịch hoặc giờ làm việc sẽ dời hạn giải quyết, ngày hẹn trả của những hồ sơ đang giải quyết nào (không lưu gì)',
  })
  @ApiOkResponse({ type: DeadlineRecomputePreviewResponseDto })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ (problem+json, errors[])' })
  @ApiNotFoundResponse({ description: 'Không có cơ quan hoặc quy định giờ làm việc đã nêu' })
  @ApiConflictResponse({ description: 'Thay đổi không áp dụng được' })
  async previewRecompute(
    @Body() body: DeadlineRecomputePreviewDto,
  ): Promise<DeadlineRecomputePreviewResponseDto> {
    return toRecomputePreviewResponse(await this.preview.preview(toProposedChange(body.change)));
  }
}
