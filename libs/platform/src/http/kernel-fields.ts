import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CITIZEN_ID, CITIZEN_ID_MESSAGE, DATE, DIVISION, MONTH, YUAN, YUAN_MESSAGE } from './request-parts';

/**
 * Request fields for the domain kernel's values, each with its format check, message and OpenAPI
 * example in one place. The domain still parses the value (check digits, calendar, known codes);
 * these give the caller a field-named 400 before that.
 */
export interface FieldOptions {
  description?: string;
  example?: string;
  optional?: boolean;
  nullable?: boolean;
}

function field(defaults: { example: string; description: string; format?: string; pattern?: string }, options: FieldOptions, ...checks: PropertyDecorator[]) {
  const doc = {
    example: options.example ?? defaults.example,
    description: options.description ?? defaults.description,
    format: defaults.format,
    pattern: defaults.pattern,
    nullable: options.nullable,
  };
  const optional = options.optional || options.nullable;
  return applyDecorators(optional ? ApiPropertyOptional(doc) : ApiProperty(doc), ...(optional ? [IsOptional()] : []), ...checks);
}

/** A text of at most `maxLength` characters, not empty (the domain trims it and checks it again). */
export function TextField(maxLength: number, options: FieldOptions & { example: string }) {
  return applyDecorators(
    (options.optional ? ApiPropertyOptional : ApiProperty)({ example: options.example, description: options.description, maxLength, minLength: 1 }),
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

/** A GB/T 2260 division code (区划代码): 6, 9 or 12 digits. */
export function DivisionCodeField(name = 'divisionCode', options: FieldOptions = {}) {
  return field(
    { example: '310104003', description: 'GB/T 2260 division code (6, 9 or 12 digits)', pattern: DIVISION.source },
    options,
    Matches(DIVISION, { message: `${name} must be a 6, 9 or 12 digit division code` }),
  );
}

/** A calendar date in Asia/Shanghai, YYYY-MM-DD. */
export function BusinessDateField(name: string, options: FieldOptions = {}) {
  return field(
    { example: '2026-03-01', description: 'calendar date (YYYY-MM-DD, Asia/Shanghai)', format: 'date' },
    options,
    Matches(DATE, { message: `${name} must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: `${name} must be a calendar date` }),
  );
}

/** A calendar month, YYYY-MM. */
export function MonthField(name: string, options: FieldOptions = {}) {
  return field(
    { example: '2026-03', description: 'calendar month (YYYY-MM)', pattern: MONTH.source },
    options,
    Matches(MONTH, { message: `${name} must be a month as YYYY-MM` }),
  );
}

/** 公民身份号码 (GB 11643): 17 digits and a check character; its check digit is verified by the domain. */
export function CitizenIdField(name = 'citizenId', options: FieldOptions = {}) {
  return field(
    { example: '310104195001011235', description: '公民身份号码 (GB 11643); lower-case x accepted', pattern: CITIZEN_ID.source },
    options,
    IsString({ message: `${name} must be a string` }),
    Matches(CITIZEN_ID, { message: CITIZEN_ID_MESSAGE(name) }),
  );
}

/** 统一社会信用代码 (GB 32100): 18 characters; its check character is verified by the domain. */
export function UsccField(name = 'uscc', options: FieldOptions = {}) {
  return field(
    { example: '91310104MA1FL5LX3J', description: '统一社会信用代码 (GB 32100)', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
    options,
    IsString({ message: `${name} must be a string` }),
    Matches(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, { message: `${name} must be an 18-character unified social credit code` }),
  );
}

/** A non-negative amount in yuan with at most two decimals, as a string ("1200.50"). */
export function YuanField(name: string, options: FieldOptions = {}) {
  return field({ example: '1200.50', description: 'amount in yuan (元), at most two decimals' }, options, Matches(YUAN, { message: YUAN_MESSAGE(name) }));
}
