import { BusinessDate } from '@civic/domain-kernel';
import { Appointment, AppointmentChange } from './appointment';
import { RegistryOffice } from './registry-office';

/** Port: registry offices, their days' bookings, and appointments. */
export interface AppointmentRepository {
  office(code: string): Promise<RegistryOffice | null>;
  /** Locked for the change that follows. */
  find(id: string): Promise<Appointment | null>;
  /**
   * Takes one of the day's places if `dayHasPlace` (atomically: the office-day row lock makes
   * concurrent bookings count one after another); false when the day is full.
   */
  takePlace(office: RegistryOffice, day: BusinessDate): Promise<boolean>;
  /** Stores the appointment; a cancellation gives its place back. */
  save(appointment: Appointment, changes: AppointmentChange[]): Promise<void>;
}

export const APPOINTMENT_REPOSITORY = Symbol('APPOINTMENT_REPOSITORY');
