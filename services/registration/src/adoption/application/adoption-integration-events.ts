import { AdoptionRegistered } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Adoption } from '../domain/adoption';

/** The published event of a registered adoption: the only place it is built. */
export function adoptionRegisteredEvent(adoption: Adoption): RaisedEvent {
  const s = adoption.snapshot();
  return {
    contract: AdoptionRegistered,
    subject: s.id,
    data: { adoptionId: s.id, adopters: s.adopters, adoptee: s.adoptee, registeredOn: s.registeredOn.toString(), certificateNo: s.certificateNo },
  };
}
