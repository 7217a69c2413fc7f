import { citizenIdForCaller, Command, DistrictScope, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
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

export class PlacingPartyRequest {
  @ApiProperty({
    enum: ['birth-parents', 'guardian', 'welfare-institution'],
    description: '送养人: birth-parents 生父母 (both together, art. 1097) | guardian 监护人 (art. 1096) | welfare-institution 儿童福利机构',
  })
  @IsIn(['birth-parents', 'guardian', 'welfare-institution'])
  kind: 'birth-parents' | 'guardian' | 'welfare-institution';

  @ApiProperty({ example: '上海市儿童福利院', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ description: 'the placing party consents to the adoption (recorded with it)' })
  @IsBoolean()
  consents: boolean;
}

export class PlacingPartyView {
  @ApiProperty({ enum: ['birth-parents', 'guardian', 'welfare-institution'] }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty() consents: boolean;
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

  @ApiProperty({ type: PlacingPartyRequest, description: '送养人 and their consent (Civil Code arts. 1094-1097)' })
  @IsDefined({ message: 'placingParty is required' })
  @ValidateNested()
  @Type(() => PlacingPartyRequest)
  placingParty: PlacingPartyRequest;

  @ApiPropertyOptional({
    enum: ['collateral-relative-child', 'orphan-disabled-or-unfound-parents', 'step-child'],
    description:
      "a ground of exemption, as the bureau's data defines it: collateral-relative-child (art. 1099: no 40-year gap) | orphan-disabled-or-unfound-parents (art. 1100(2): no children limit) | step-child (art. 1103: no age or children conditions; the birth parents place and consent)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  exemptionGround?: string;

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
  @ApiProperty({ type: PlacingPartyView }) placingParty: PlacingPartyView;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the ground of exemption applied (arts. 1099, 1100(2), 1103)' }) exemptionGround:
    string | null;
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
    placingParty: a.placingParty,
    exemptionGround: a.exemptionGround,
  };
}
