import { Body, Controller, Get, Headers, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { type Response } from 'express';
import { DomainError } from '../../../common';
import { CitizenRoute, CurrentPrincipal, type Principal, PublicRoute } from '../../identity';
import { DossierDto, toDossierDto } from '../dossier.mapper';
import { OnlineSubmissionDto } from './online-submission.dto';
import { OnlineSubmissionService } from './online-submission.service';
import { PublicTrackingDto, TrackingQueryDto } from './public-tracking.dto';
import { PublicTrackingService } from './public-tracking.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

const badIdempotencyKey = () =>
  new DomainError(
    'invalid',
    'idempotency-key-required',
    'Thiếu khóa chống gửi trùng',
    'Gửi tiêu đề Idempotency-Key (8–100 ký tự chữ, số, . _ : -) với mỗi lần nộp.',
    [{ field: 'Idempotency-Key', message: 'Idempotency-Key là bắt buộc' }],
  );

@ApiTags('public dossiers')
@Controller('public/dossiers')
@UseGuards(ThrottlerGuard)
@SkipThrottle({ tracking: true })
export class PublicDossiersController {
  constructor(
    private readonly submissions: OnlineSubmissionService,
    private readonly tracking: PublicTrackingService,
  ) {}

  @Post()
  @CitizenRoute()
  @ApiOperation({
    summary:
      'Công dân nộp hồ sơ trực tuyến (mức độ 3, 4); gửi lại cùng Idempotency-Key trả về đúng hồ sơ đã tạo',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiCreatedResponse({ type: DossierDto })
  async submit(
    @CurrentPrincipal() citizen: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: OnlineSubmissionDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierDto> {
    if (!key || !IDEMPOTENCY_KEY.test(key)) {
      throw badIdempotencyKey();
    }
    const { dossier, created } = await this.submissions.submit(citizen, key, body);
    response.status(created ? 201 : 200);
    return toDossierDto(dossier);
  }

  @Get(':code')
  @PublicRoute()
  @SkipThrottle({ auth: true, tracking: false })
  @ApiOperation({
    summary:
      'Tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 số cuối điện thoại trên giấy hẹn (không có dữ liệu cá nhân)',
  })
  @ApiOkResponse({ type: PublicTrackingDto })
  track(@Param('code') code: string, @Query() query: TrackingQueryDto): Promise<PublicTrackingDto> {
    return this.tracking.track(code, query.verifier);
  }
}
