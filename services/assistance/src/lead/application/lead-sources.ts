import { AdoptionRegistered, DeathRegistered, DivorceRegistered, MarriageRegistered, PersonTagged } from '@civic/contracts';

/** The facts about people that proactive identification listens to; lead rules may name these event types. */
export const LEAD_SOURCE_EVENTS = [DeathRegistered, PersonTagged, MarriageRegistered, DivorceRegistered, AdoptionRegistered];
