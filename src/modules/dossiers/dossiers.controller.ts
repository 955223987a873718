import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../infra/http/uuid-param.pipe';
import { AuthenticatedRoute, CurrentPrincipal, type Principal, StaffRoute } from '../identity';
import { DossierQueryService } from './dossier-query.service';
import { DossierDto, toDossierDto } from './dossier.mapper';
import { DeskIntakeDto } from './intake/desk-intake.dto';
import { IntakeService } from './intake/intake.service';
import { WorkQueuePageDto, WorkQueueQuery } from './queues/work-queue.dto';
import { WorkQueueService } from './queues/work-queue.service';
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
  ) {}

  @Get()
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Hàng đợi công việc và tìm kiếm hồ sơ trong phạm vi (công dân: hồ sơ của mình)' })
  @ApiOkResponse({ type: WorkQueuePageDto })
  async list(
    @CurrentPrincipal() reader: Principal,
    @Query() query: WorkQueueQuery,
  ): Promise<WorkQueuePageDto> {
    const { items, total } = await this.queues.list(reader, query);
    return {
      items: items.map((dossier) => toDossierDto(dossier, [])),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  @Post()
  @StaffRoute('CLERK')
  @ApiOperation({
    summary:
      'Tiếp nhận hồ sơ tại bộ phận một cửa (trực tiếp hoặc qua bưu chính): tiếp nhận, yêu cầu bổ sung, hoặc từ chối',
  })
  @ApiCreatedResponse({ type: DossierDto })
  async receive(@CurrentPrincipal() clerk: Principal, @Body() body: DeskIntakeDto): Promise<DossierDto> {
    return toDossierDto(await this.intake.receiveAtDesk(clerk, body), []);
  }

  @Get(':id')
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Hồ sơ với lịch sử xử lý (phiếu kiểm soát), trong phạm vi của người đọc' })
  @ApiOkResponse({ type: DossierDto })
  async get(@CurrentPrincipal() reader: Principal, @Param('id', uuidParam) id: string): Promise<DossierDto> {
    const { dossier, events } = await this.queries.findForReader(reader, id);
    return toDossierDto(dossier, events);
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
      [],
    );
  }
}
