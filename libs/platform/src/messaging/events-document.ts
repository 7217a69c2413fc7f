import { asyncApiDocument } from '@civic/contracts';
import type { Type } from '@nestjs/common';
import type { ModulesContainer } from '@nestjs/core';
import type { ServiceDefinition } from '../service-definition';
import { consumedContracts } from './on-event.decorator';

/**
 * The service's AsyncAPI document: what it produces (its definition) and what its `@OnEvent`
 * handlers consume. Served at /asyncapi and committed as services/<name>/asyncapi.json, so
 * integrators and the breaking-change check read the same document.
 */
export function eventsDocument(modules: ModulesContainer, definition: ServiceDefinition): Record<string, unknown> {
  return asyncApiDocument(definition.name, definition.version, definition.produces ?? [], consumedContracts(controllersOf(modules)));
}

/** Every controller class of the app (HTTP and event handlers alike). */
export function controllersOf(modules: ModulesContainer): Type[] {
  return [...modules.values()].flatMap((module) => [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type));
}
