import { BusinessDate } from '@civic/domain-kernel';
import { DivorceApplication } from './divorce-application';

/** Port: divorce applications (at most one in its cooling-off period per marriage). */
export interface DivorceApplicationRepository {
  /** Locked for the change that follows. */
  find(id: string): Promise<DivorceApplication | null>;
  openFor(marriageId: string): Promise<string | null>;
  /** The open application (in its cooling-off period or certificate window) a person is a party to. */
  openForParty(citizenId: string): Promise<string | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new). */
  save(application: DivorceApplication, expectedVersion: number | null): Promise<void>;
  /** Open applications whose certificate deadline (`lastDay` days after applying) has passed on `today`. */
  dueForLapse(today: BusinessDate, lastDay: number): Promise<string[]>;
}

export const DIVORCE_APPLICATION_REPOSITORY = Symbol('DIVORCE_APPLICATION_REPOSITORY');
