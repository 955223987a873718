import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import {
  AuthenticatedRoute,
  CitizenRoute,
  CurrentPrincipal,
  type Principal,
  PublicRoute,
  StaffRoute,
} from '../../identity';
import { CitizenEvaluationDto, DeskEvaluationDto, EvaluationDto, EvaluationIndexDto } from './evaluation.dto';
import { toEvaluationDto, toEvaluationIndexDtos } from './evaluation.mapper';
import { EvaluationsService } from './evaluations.service';

@ApiTags('evaluations')
@Controller()
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get('evaluation-indices')
  @PublicRoute()
  @ApiOperation({ summary: 'Bộ chỉ số đánh giá việc giải quyết TTHC (9 chỉ số, mỗi chỉ số 2/1/0 điểm)' })
  @ApiOkResponse({ type: [EvaluationIndexDto] })
  indices(): EvaluationIndexDto[] {
    return toEvaluationIndexDtos();
  }

  @Post('me/dossiers/:id/evaluation')
  @CitizenRoute()
  @ApiOperation({ summary: 'Công dân đánh giá hồ sơ của mình sau khi nhận kết quả (một lần)' })
  @ApiCreatedResponse({ type: EvaluationDto })
  async rateOnline(
    @CurrentPrincipal() citizen: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: CitizenEvaluationDto,
  ): Promise<EvaluationDto> {
    return toEvaluationDto(await this.evaluations.rateOnline(citizen, id, body));
  }

  @Post('dossiers/:id/evaluation')
  @StaffRoute('CLERK')
  @ApiOperation({
    summary: 'Cán bộ một cửa ghi nhận đánh giá tại máy đánh giá (KIOSK) hoặc phiếu giấy (PAPER)',
  })
  @ApiCreatedResponse({ type: EvaluationDto })
  async rateAtDesk(
    @CurrentPrincipal() clerk: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: DeskEvaluationDto,
  ): Promise<EvaluationDto> {
    return toEvaluationDto(await this.evaluations.rateAtDesk(clerk, id, body));
  }

  @Get('dossiers/:id/evaluation')
  @AuthenticatedRoute()
  @ApiOperation({ summary: 'Đánh giá của hồ sơ, cho người được xem hồ sơ' })
  @ApiOkResponse({ type: EvaluationDto })
  async find(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<EvaluationDto> {
    return toEvaluationDto(await this.evaluations.findForReader(reader, id));
  }
}
