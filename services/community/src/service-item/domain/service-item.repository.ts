import { ServiceItem } from './service-item';
import { ServiceItemChange } from './service-item-change';

/** Port: the catalogue, its history and push-downs (the SQL adapter lives in persistence/). */
export interface ServiceItemRepository {
  find(code: string, options?: { forUpdate?: boolean }): Promise<ServiceItem | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), with a history line per change and each push-down. */
  save(item: ServiceItem, expectedVersion: number | null, changes: ServiceItemChange[], recordedBy: string): Promise<void>;
}

export const SERVICE_ITEM_REPOSITORY = Symbol('SERVICE_ITEM_REPOSITORY');
