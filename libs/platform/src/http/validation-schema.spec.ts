import 'reflect-metadata';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ParseDivisionCodePipe } from './division-code.pipe';
import { withValidationRules } from './validation-schema';

class Member {
  @ApiProperty() @IsString() @MaxLength(50) name: string;
}

class CreateRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @ApiProperty() @Matches(/^\d{6}$/) code: string;
  @ApiProperty({ type: [Member] }) @ValidateNested({ each: true }) @Type(() => Member) @ArrayMaxSize(8) members: Member[];
}

class ListQuery {
  @ApiPropertyOptional() @IsOptional() @IsIn(['open', 'closed']) status?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(9) size?: number;
}

@Controller('api/v1/things')
class ThingsController {
  @Post()
  create(@Body() _body: CreateRequest) {}

  @Get()
  list(@Query() _query: ListQuery) {}

  @Get(':code')
  get(@Param('code', ParseDivisionCodePipe) _code: string) {}
}

describe('withValidationRules', () => {
  const document = withValidationRules(
    {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/api/v1/things': {
          post: { operationId: 'Things_create', responses: {} },
          get: {
            operationId: 'Things_list',
            responses: {},
            parameters: [
              { name: 'status', in: 'query', schema: { type: 'string' } },
              { name: 'size', in: 'query', schema: { type: 'number' } },
            ],
          },
        },
        '/api/v1/things/{code}': { get: { operationId: 'Things_get', responses: {}, parameters: [{ name: 'code', in: 'path', schema: { type: 'string' } }] } },
      },
      components: {
        schemas: {
          CreateRequest: {
            type: 'object',
            properties: { title: { type: 'string' }, code: { type: 'string' }, members: { type: 'array', items: { $ref: '#/components/schemas/Member' } } },
          },
          Member: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    },
    [ThingsController],
  ) as any;

  it('states a body DTO’s rules in its schema, nested DTOs included', () => {
    const { title, code, members } = document.components.schemas.CreateRequest.properties;
    expect(title).toMatchObject({ maxLength: 100, minLength: 1 });
    expect(code.pattern).toBe('^\\d{6}$');
    expect(members.maxItems).toBe(8);
    expect(document.components.schemas.Member.properties.name.maxLength).toBe(50);
  });

  it('states a query DTO’s rules on its parameters, and a documented pipe’s on its path parameter', () => {
    const [status, size] = document.paths['/api/v1/things'].get.parameters;
    expect(status.schema.enum).toEqual(['open', 'closed']);
    expect(size.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 9 });
    expect(document.paths['/api/v1/things/{code}'].get.parameters[0].schema.pattern).toBe(ParseDivisionCodePipe.openApiSchema.pattern);
  });
});
