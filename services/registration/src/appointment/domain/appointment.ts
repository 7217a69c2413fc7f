import { BusinessDate, CHINA_WORKING_CALENDAR, CitizenId, DomainError } from '@civic/domain-kernel';
import { RegistryOffice } from './registry-office';

export const APPOINTMENT_KINDS = ['marriage', 'divorce', 'adoption', 'reissue'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];
export type AppointmentStatus = 'booked' | 'cancelled' | 'attended';
/** How far ahead a day can be booked (the city's online booking opens three months ahead). */
export const BOOKING_HORIZON_DAYS = 90;

export interface AppointmentState {
  id: string;
  officeCode: string;
  day: BusinessDate;
  kind: AppointmentKind;
  foreignRelated: boolean;
  citizenIds: string[];
  status: AppointmentStatus;
  /** The registration the appointment led to, once attended. */
  registrationId: string | null;
}

export type AppointmentChange = { kind: 'booked' } | { kind: 'cancelled' } | { kind: 'attended' };

/**
 * 婚姻登记预约: any office serves any resident of the city (跨区通办); foreign-related cases only
 * at designated offices; for a working day after today and within the booking horizon (offices are
 * closed on rest days: weekends not worked and public holidays). The day's capacity is held by the
 * office-day count.
 */
export class Appointment {
  private readonly changes: AppointmentChange[] = [];

  private constructor(private state: AppointmentState) {}

  static restore(state: AppointmentState): Appointment {
    return new Appointment({ ...state, citizenIds: [...state.citizenIds] });
  }

  static book(input: {
    id: string;
    office: RegistryOffice;
    day: BusinessDate;
    today: BusinessDate;
    kind: AppointmentKind;
    foreignRelated: boolean;
    citizenIds: CitizenId[];
  }): Appointment {
    if (!input.day.isAfter(input.today)) throw new DomainError('APPOINTMENT.NOT_FUTURE', 'appointments are for a day after today', 'invalid', 'day');
    const horizon = input.today.addDays(BOOKING_HORIZON_DAYS);
    if (input.day.isAfter(horizon)) {
      throw new DomainError(
        'APPOINTMENT.BEYOND_HORIZON',
        `appointments can be booked up to ${BOOKING_HORIZON_DAYS} days ahead (until ${horizon})`,
        'rule',
        'day',
      );
    }
    if (!CHINA_WORKING_CALENDAR.isWorkingDay(input.day)) {
      throw new DomainError('APPOINTMENT.OFFICE_CLOSED', `registry offices are closed on ${input.day} (a weekend or public holiday)`, 'rule', 'day');
    }
    if (input.foreignRelated && !input.office.foreignRelated) {
      throw new DomainError(
        'APPOINTMENT.OFFICE_NOT_DESIGNATED',
        `${input.office.name} does not handle foreign-related registrations; choose a designated office`,
        'rule',
        'officeCode',
      );
    }
    const appointment = new Appointment({
      id: input.id,
      officeCode: input.office.code,
      day: input.day,
      kind: input.kind,
      foreignRelated: input.foreignRelated,
      citizenIds: input.citizenIds.map((c) => c.value),
      status: 'booked',
      registrationId: null,
    });
    appointment.changes.push({ kind: 'booked' });
    return appointment;
  }

  /** Gives the place back; once. */
  cancel(): void {
    if (this.state.status !== 'booked') throw new DomainError('APPOINTMENT.ALREADY_CANCELLED', 'the appointment was already cancelled', 'conflict');
    this.state = { ...this.state, status: 'cancelled' };
    this.changes.push({ kind: 'cancelled' });
  }

  /**
   * The registration it was booked for was made: at the office and on the day booked, of the kind
   * booked, for people who booked it. Links the two; once.
   */
  attend(registration: { kind: AppointmentKind; officeCode: string; citizenIds: string[]; registrationId: string }, today: BusinessDate): void {
    const wrong = (why: string) => new DomainError('APPOINTMENT.NOT_FOR_THIS_REGISTRATION', `appointmentId: ${why}`, 'rule', 'appointmentId');
    if (this.state.status !== 'booked') throw wrong(`the appointment is ${this.state.status}`);
    if (this.state.kind !== registration.kind) throw wrong(`it was booked for a ${this.state.kind} registration`);
    if (this.state.officeCode !== registration.officeCode) throw wrong(`it was booked at office ${this.state.officeCode}`);
    if (!this.state.day.equals(today)) throw wrong(`it was booked for ${this.state.day}`);
    if (!registration.citizenIds.some((id) => this.state.citizenIds.includes(id))) throw wrong('none of the parties booked it');
    this.state = { ...this.state, status: 'attended', registrationId: registration.registrationId };
    this.changes.push({ kind: 'attended' });
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<AppointmentState> {
    return { ...this.state };
  }
  pullChanges(): AppointmentChange[] {
    return this.changes.splice(0);
  }
}

export function dayFull(office: RegistryOffice, day: BusinessDate): DomainError {
  return new DomainError('APPOINTMENT.DAY_FULL', `${office.name} is fully booked on ${day}`, 'conflict', 'day');
}

export function appointmentNotFound(id: string): DomainError {
  return new DomainError('APPOINTMENT.NOT_FOUND', `no appointment ${id}`, 'not-found');
}

export function unknownOffice(code: string): DomainError {
  return new DomainError('OFFICE.UNKNOWN', `officeCode ${code} is not a registry office`, 'invalid', 'officeCode');
}

/** A person holds one appointment a day, at whichever office (one trip, one registration). */
export function personAlreadyBooked(day: string): DomainError {
  return new DomainError('APPOINTMENT.PERSON_ALREADY_BOOKED', `one of citizenIds already has an appointment on ${day}`, 'conflict', 'citizenIds');
}
