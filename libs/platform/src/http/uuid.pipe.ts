import { ParseUUIDPipe } from '@nestjs/common';

/** The one pipe for `:id` path parameters: a version-4 UUID, else 400 naming the parameter. */
export const UUID = new ParseUUIDPipe({ version: '4' });
