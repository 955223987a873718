import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../infra/http/uuid-param.pipe';
import { AuthenticatedRoute, CurrentPrincipal, type Principal, StaffRoute } from '../identity';
import { DossierQueryService } from './dossier-query.service';
import { DossierFormListDto } from './forms-http/dossier-forms.dto';
import { type DossierFormListing, DossierFormsService } from './forms-http/dossier-forms.service';
import { DomainError } from '../../common';
import { DossierDto, toDossierDto } from './dossier.mapper';
import { DeskIntakeDto } from './intake/desk-intake.dto';
import { IntakeService } from './intake/intake.service';
import { WorkQueuePageDto, WorkQueueQuery } from './queues/work-queue.dto';
import { toWorkQueuePage } from './queues/work-queue.mapper';
import { WorkQueueService } from './queues/work-queue.service';
import { DossierAllowedActionsDto, toAllowedActionsDto } from './workflow/allowed-actions.dto';
import { DossierActionDto } from './workflow/dossier-action.dto';
import { versionFromIfMatch } from './workflow/if-match';
import { WorkflowService } from './workflow/workflow.service';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly intake: IntakeService,
    private readonly queries: DossierQueryService,
    private readonly workflow: WorkflowService,
    private readonly queues: WorkQueueService,
    private readonly forms: DossierFormsService,
  ) {}

  @Get(':id/forms')
  @AuthenticatedRoute()
  @ApiOperation({
    summary: 'Các biểu mẫu của hồ sơ theo bộ biểu mẫu áp dụng, biểu mẫu nào đã có và lý do nếu chưa',
  })
  @ApiOkResponse({ type: DossierFormListDto })
  listForms(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<DossierFormListing> {
    return this.forms.list(reader, id);
  }

  @Get(':id/forms/:file')
  @AuthenticatedRoute()
  @ApiOperation({
    summary:
      'Biểu mẫu của hồ sơ (.pdf hoặc .json): receipt (Mẫu 01), supplement-request (02), refusal (03), apology (04), control-sheet (phiếu kiểm soát), stop-notice (thông báo dừng, bộ 2025); 404 nếu chưa có',
  })
  @ApiOkResponse({ description: 'application/pdf, or the form as JSON' })
  async form(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object | undefined> {
    const match = /^([a-z0-9-]+)\.(pdf|json)$/.exec(file);
    if (!match) {
      throw new DomainError(
        'not-found',
        'form-not-available',
        'Chưa có biểu mẫu này',
        'Tên biểu mẫu phải có dạng receipt.pdf hoặc receipt.json.',
      );
    }
    const rendered = await this.forms.render(reader, id, match[1], match[2] as 'pdf' | 'json');
    if (Buffer.isBuffer(rendered)) {
      response.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${match[1]}.pdf"`);
      response.send(rendered);
      return undefined;
    }
    return rendered;
  }

  @Get()
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Hàng đợi công việc và tìm kiếm hồ sơ trong phạm vi (công dân: hồ sơ của mình)' })
  @ApiOkResponse({ type: WorkQueuePageDto })
  async list(
    @CurrentPrincipal() reader: Principal,
    @Query() query: WorkQueueQuery,
  ): Promise<WorkQueuePageDto> {
    return toWorkQueuePage(await this.queues.list(reader, query), query);
  }

  @Post()
  @StaffRoute('CLERK')
  @ApiOperation({
    summary:
      'Tiếp nhận hồ sơ tại bộ phận một cửa (trực tiếp hoặc qua bưu chính): tiếp nhận, yêu cầu bổ sung, hoặc từ chối',
  })
  @ApiCreatedResponse({ type: DossierDto })
  async receive(@CurrentPrincipal() clerk: Principal, @Body() body: DeskIntakeDto): Promise<DossierDto> {
    return toDossierDto(await this.intake.receiveAtDesk(clerk, body));
  }

  @Get(':id')
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Hồ sơ với lịch sử xử lý (phiếu kiểm soát), trong phạm vi của người đọc' })
  @ApiOkResponse({ type: DossierDto })
  async get(@CurrentPrincipal() reader: Principal, @Param('id', uuidParam) id: string): Promise<DossierDto> {
    const { dossier, ...details } = await this.queries.findForReader(reader, id);
    return toDossierDto(dossier, details);
  }

  @Get(':id/actions')
  @AuthenticatedRoute()
  @ApiOperation({
    summary:
      'Các thao tác người dùng được thực hiện trên hồ sơ lúc này (theo trạng thái, vai trò và cơ quan)',
  })
  @ApiOkResponse({ type: DossierAllowedActionsDto })
  async allowedActions(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<DossierAllowedActionsDto> {
    return toAllowedActionsDto(await this.workflow.listAllowedActions(reader, id));
  }

  @Post(':id/actions/:action')
  @StaffRoute('CLERK', 'SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Thao tác trên hồ sơ theo quy trình (chuyển, phân công, trình, duyệt, giải quyết, trả kết quả, bổ sung, tạm dừng, xin lỗi, rút, dừng); phiên bản cũ → 409',
  })
  @ApiOkResponse({ type: DossierDto })
  async act(
    @CurrentPrincipal() actor: Principal,
    @Param('id', uuidParam) id: string,
    @Param('action') action: string,
    @Body() body: DossierActionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<DossierDto> {
    return toDossierDto(
      await this.workflow.act(actor, id, action, {
        ...body,
        version: body.version ?? versionFromIfMatch(ifMatch),
      }),
    );
  }
}
