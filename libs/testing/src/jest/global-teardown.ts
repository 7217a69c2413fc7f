import type { Infrastructure } from '../infrastructure';

export default async function globalTeardown(): Promise<void> {
  const infrastructure = (globalThis as Record<string, unknown>).__civicInfrastructure as Infrastructure | undefined;
  await infrastructure?.stop();
}
