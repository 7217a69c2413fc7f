import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { SoldOutSlots } from '../application/sold-out-slots';
import { SLOT_FULL } from '../domain/booking-rules';

/**
 * Refuses a booking for a slot this process has just seen sold out before the command opens a
 * transaction: in the opening burst most attempts come after the last place went, and they should
 * cost no database work. Runs after authentication (the global guard), so only callers who may
 * book learn it.
 */
@Injectable()
export class SoldOutGuard implements CanActivate {
  constructor(private readonly soldOut: SoldOutSlots) {}

  canActivate(context: ExecutionContext): boolean {
    const slotId = (context.switchToHttp().getRequest<{ body?: { slotId?: unknown } }>().body ?? {}).slotId;
    if (typeof slotId === 'string' && this.soldOut.isSoldOut(slotId)) throw SLOT_FULL();
    return true;
  }
}
