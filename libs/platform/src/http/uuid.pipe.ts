import { ParseUUIDPipe } from '@nestjs/common';

/**
 * The one pipe for `:id` path parameters: a UUID (any version, as the documents' `format: uuid`
 * says; the platform issues version 4), else 400 naming the parameter. An unknown one is 404.
 */
export const UUID = new ParseUUIDPipe();
