import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { AuthenticatedRoute, CurrentPrincipal, type Principal, StaffRoute } from '../../identity';
import { AttachmentUploadForm, receiverOf, sendDownload } from './attachment-http';
import { DossierAttachmentDto, toDossierAttachmentDto } from './dossier-attachment.mapper';
import { DossierAttachmentsService } from './dossier-attachments.service';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossierAttachmentsController {
  constructor(private readonly attachments: DossierAttachmentsService) {}

  @Post(':id/attachments')
  @StaffRoute('CLERK', 'SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER')
  @ApiOperation({
    summary:
      'Đính kèm tệp vào hồ sơ (bản quét giấy tờ, giấy tờ bổ sung, kết quả): loại tệp xác định theo nội dung, có giới hạn dung lượng và mã kiểm tra SHA-256',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AttachmentUploadForm })
  @ApiCreatedResponse({ type: DossierAttachmentDto })
  @ApiPayloadTooLargeResponse({ description: 'Tệp vượt giới hạn dung lượng của loại tệp' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Nội dung không phải PDF, JPEG, PNG hoặc TIFF' })
  async upload(
    @CurrentPrincipal() staff: Principal,
    @Param('id', uuidParam) id: string,
    @Req() request: Request,
  ): Promise<DossierAttachmentDto> {
    return toDossierAttachmentDto(await this.attachments.upload(staff, id, receiverOf(request)));
  }

  @Get(':id/attachments')
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Danh sách tệp đính kèm của hồ sơ, trong phạm vi của người đọc' })
  @ApiOkResponse({ type: [DossierAttachmentDto] })
  async list(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<DossierAttachmentDto[]> {
    return (await this.attachments.list(reader, id)).map(toDossierAttachmentDto);
  }

  @Get(':id/attachments/:attachmentId')
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Tải tệp đính kèm của hồ sơ (cán bộ trong phạm vi hoặc công dân chủ hồ sơ)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'image/tiff')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
    @Param('attachmentId', uuidParam) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendDownload(await this.attachments.openForReader(reader, id, attachmentId), response);
  }
}
