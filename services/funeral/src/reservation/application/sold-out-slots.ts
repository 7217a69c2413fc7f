import { Injectable } from '@nestjs/common';

/** How long a slot seen sold out is refused without asking the database again. */
export const SOLD_OUT_TTL_MS = 2000;

/**
 * The slots this process has just seen sold out. In the opening burst thousands of attempts
 * arrive for a slot with no place left; refusing them from here spares the database. It only ever
 * refuses early (the database alone decides every accepted booking, so nothing is oversold); a
 * place freed by a cancellation elsewhere is offered again within SOLD_OUT_TTL_MS.
 */
@Injectable()
export class SoldOutSlots {
  private readonly until = new Map<string, number>();

  isSoldOut(slotId: string, now = Date.now()): boolean {
    const expiry = this.until.get(slotId);
    if (expiry === undefined) return false;
    if (expiry > now) return true;
    this.until.delete(slotId);
    return false;
  }

  markSoldOut(slotId: string, now = Date.now()): void {
    this.until.set(slotId, now + SOLD_OUT_TTL_MS);
  }

  /** A place came free (a cancellation here). */
  release(slotId: string): void {
    this.until.delete(slotId);
  }
}
