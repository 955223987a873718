import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Request } from 'express';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CitizenRoute, CurrentPrincipal, type Principal } from '../../identity';
import { AttachmentUploadForm, receiverOf } from '../attachments/attachment-http';
import { DossierAttachmentDto, toDossierAttachmentDto } from '../attachments/dossier-attachment.mapper';
import { DossierAttachmentsService } from '../attachments/dossier-attachments.service';
import { DossierQueryService } from '../dossier-query.service';
import { DossierDto, toDossierDto } from '../dossier.mapper';
import { WorkQueuePageDto } from '../queues/work-queue.dto';
import { toWorkQueuePage } from '../queues/work-queue.mapper';
import { DossierActionDto } from '../workflow/dossier-action.dto';
import { versionFromIfMatch } from '../workflow/if-match';
import { CitizenDossiersService } from './citizen-dossiers.service';
import { MyDossiersQuery } from './my-dossiers-query.dto';

// The signed-in citizen's own dossiers; anyone else's is "not found".
@ApiTags('me')
@Controller('me/dossiers')
@CitizenRoute()
export class CitizenDossiersController {
  constructor(
    private readonly citizenDossiers: CitizenDossiersService,
    private readonly queries: DossierQueryService,
    private readonly attachments: DossierAttachmentsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Hồ sơ của tôi (mới nộp trước), lọc theo trạng thái, phân trang' })
  @ApiOkResponse({ type: WorkQueuePageDto })
  async list(
    @CurrentPrincipal() citizen: Principal,
    @Query() query: MyDossiersQuery,
  ): Promise<WorkQueuePageDto> {
    return toWorkQueuePage(await this.citizenDossiers.list(citizen, query), query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một hồ sơ của tôi: lịch sử xử lý, giấy tờ, tệp đính kèm' })
  @ApiOkResponse({ type: DossierDto })
  async get(@CurrentPrincipal() citizen: Principal, @Param('id', uuidParam) id: string): Promise<DossierDto> {
    const { dossier, ...details } = await this.queries.findForReader(citizen, id);
    return toDossierDto(dossier, details);
  }

  @Post(':id/attachments')
  @ApiOperation({
    summary:
      'Gửi bản quét giấy tờ (DOCUMENT với documentIndex) khi hồ sơ trực tuyến chờ tiếp nhận; gửi giấy tờ bổ sung (SUPPLEMENT, hoặc DOCUMENT) khi hồ sơ đang được yêu cầu bổ sung',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AttachmentUploadForm })
  @ApiCreatedResponse({ type: DossierAttachmentDto })
  async upload(
    @CurrentPrincipal() citizen: Principal,
    @Param('id', uuidParam) id: string,
    @Req() request: Request,
  ): Promise<DossierAttachmentDto> {
    return toDossierAttachmentDto(await this.attachments.upload(citizen, id, receiverOf(request)));
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Thao tác của công dân: RESUBMIT (nộp lại sau khi bổ sung), RECEIVE_SUPPLEMENT (gửi bổ sung), WITHDRAW (rút hồ sơ); phiên bản cũ → 409',
  })
  @ApiOkResponse({ type: DossierDto })
  async act(
    @CurrentPrincipal() citizen: Principal,
    @Param('id', uuidParam) id: string,
    @Param('action') action: string,
    @Body() body: DossierActionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<DossierDto> {
    return toDossierDto(
      await this.citizenDossiers.act(citizen, id, action, {
        ...body,
        version: body.version ?? versionFromIfMatch(ifMatch),
      }),
    );
  }
}
