import { citizenIdForCaller, Command, DistrictScope, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDefined, IsInt, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AdoptionCommands } from '../application/adoption-commands';
import { PartyRequest, PartyView } from '../../marriage/http/marriage.dto';
import { ADOPTION_QUERIES, AdoptionQueries, AdoptionView, adoptionView } from '../application/adoption-queries';
import { adoptionNotFound } from '../domain/adoption';

export class AdopterRequest extends PartyRequest {
  @ApiProperty({ example: 0, description: 'children the adopter already has (born or adopted)' })
  @IsInt()
  @Min(0)
  @Max(20)
  children: number;
}

export class RegisterAdoptionRequest {
  @ApiProperty({ type: [AdopterRequest], description: 'one adopter, or two spouses' })
  @ValidateNested({ each: true })
  @Type(() => AdopterRequest)
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  adopters: AdopterRequest[];

  @ApiProperty({ type: PartyRequest })
  @IsDefined({ message: 'adoptee is required' })
  @ValidateNested()
  @Type(() => PartyRequest)
  adoptee: PartyRequest;

  @ApiProperty({ description: 'the adoptee consents (required from the age of 8)' })
  @IsBoolean()
  adopteeConsents: boolean;

  @ApiProperty({ format: 'uuid', description: 'the completed adoption assessment (收养评估) from child-welfare' })
  @IsUUID()
  assessmentId: string;

  @ApiProperty({ example: '310104' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;
}

export class AdoptionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [PartyView] }) adopters: PartyView[];
  @ApiProperty({ type: PartyView }) adoptee: PartyView;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty() officeCode: string;
  @ApiProperty({ example: 'S310104-2027-000007' }) certificateNo: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
}

/** 收养登记 (Civil Code arts. 1093-1105). */
@ApiTags('adoptions')
@Controller('api/v1/adoptions')
export class AdoptionsController {
  constructor(
    private readonly commands: AdoptionCommands,
    @Inject(ADOPTION_QUERIES) private readonly queries: AdoptionQueries,
  ) {}

  @Post()
  @RequirePermission('adoption.register')
  @Command({ action: 'adoption.register', resourceType: 'adoption', idempotent: true, resourceId: (_p, r) => (r as AdoptionResponse | undefined)?.id })
  @ApiOperation({ summary: 'Register an adoption: minor adoptee, adopters of 30+, children limits, consent at 8+, the 40-year rule, a positive assessment' })
  @ApiCreatedResponse({ type: AdoptionResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a condition is not met; the problem type names it' })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async register(@Body() body: RegisterAdoptionRequest): Promise<AdoptionResponse> {
    return toResponse(adoptionView(await this.commands.register(body)));
  }

  @Get(':id')
  @RequirePermission('adoption.read')
  @ApiOkResponse({ type: AdoptionResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async get(@Param('id', UUID) id: string): Promise<AdoptionResponse> {
    const adoption = await this.queries.get(id);
    if (!adoption) throw adoptionNotFound(id);
    return toResponse(adoption);
  }
}

function toResponse(a: AdoptionView): AdoptionResponse {
  const mask = (p: { citizenId: string; name: string }) => ({ citizenId: citizenIdForCaller('registration', p.citizenId), name: p.name });
  return {
    id: a.id,
    adopters: a.adopters.map(mask),
    adoptee: mask(a.adoptee),
    registeredOn: a.registeredOn,
    officeCode: a.officeCode,
    certificateNo: a.certificateNo,
    assessmentId: a.assessmentId,
  };
}
