import { Appointment } from '../domain/appointment';

export interface AppointmentView {
  id: string;
  officeCode: string;
  day: string;
  kind: string;
  foreignRelated: boolean;
  citizenIds: string[];
  status: string;
  registrationId: string | null;
}

export interface OfficeDayView {
  code: string;
  name: string;
  dailyCapacity: number;
  foreignRelated: boolean;
  /** Booked on the day asked for (0 without a day). */
  booked: number;
}

/** Query port: the offices with a day's bookings. */
export interface AppointmentQueries {
  offices(day?: string): Promise<OfficeDayView[]>;
}

export const APPOINTMENT_QUERIES = Symbol('APPOINTMENT_QUERIES');

export function appointmentView(appointment: Appointment): AppointmentView {
  const s = appointment.snapshot();
  return { ...s, day: s.day.toString(), citizenIds: [...s.citizenIds] };
}
