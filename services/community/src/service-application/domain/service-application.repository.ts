import { ServiceApplication } from './service-application';

/** Port: applications at the acceptance centres (the SQL adapter lives in persistence/). */
export interface ServiceApplicationRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<ServiceApplication | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new). */
  save(application: ServiceApplication, expectedVersion: number | null): Promise<void>;
}

export const SERVICE_APPLICATION_REPOSITORY = Symbol('SERVICE_APPLICATION_REPOSITORY');
