import { Command, DistrictScope, pageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ORGANISATION_QUERIES } from '../../organisation/application/organisation-queries';
import { DonationCommands } from '../application/donation-commands';
import { DONATION_QUERIES, DonationQueries, donationView } from '../application/donation-queries';
import { donationNotFound } from '../domain/donation';
import { DonationListQuery, DonationPage, DonationResponse, ReceiveDonationRequest } from './donation.dto';

/** 社会捐赠: donations received, each with its receipt number. */
@ApiTags('donations')
@Controller('api/v1/donations')
export class DonationsController {
  constructor(
    private readonly commands: DonationCommands,
    @Inject(DONATION_QUERIES) private readonly queries: DonationQueries,
  ) {}

  @Get()
  @RequirePermission('donation.read')
  @DistrictScope.list('divisionCode')
  @ApiOkResponse({ type: DonationPage })
  async list(@Query() query: DonationListQuery): Promise<DonationPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items, total, query);
  }

  @Get(':id')
  @RequirePermission('donation.read')
  @DistrictScope.record(DONATION_QUERIES)
  @ApiOkResponse({ type: DonationResponse })
  async get(@Param('id', UUID) id: string): Promise<DonationResponse> {
    const view = await this.queries.get(id);
    if (!view) throw donationNotFound(id);
    return view;
  }

  @Post()
  @RequirePermission('donation.write')
  @DistrictScope.record(ORGANISATION_QUERIES, 'organisationId', 'body')
  @Command({ action: 'donation.receive', resourceType: 'donation', idempotent: true, resourceId: (_p, r) => (r as DonationResponse | undefined)?.id })
  @ApiOperation({ summary: 'Record a donation received (money or goods) and number its receipt; send an Idempotency-Key so a retry is not a second donation' })
  @ApiCreatedResponse({ type: DonationResponse })
  async receive(@Body() body: ReceiveDonationRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DonationResponse> {
    const donation = await this.commands.receive(body);
    reply.header('Location', `/api/v1/donations/${donation.id}`);
    return donationView(donation);
  }
}
