/**
 * Runs a write and turns the named database constraint violations into the domain errors they
 * mean (a unique index that guards a rule when two requests race). Constraint names stay in the
 * persistence adapter; everything else is rethrown as it is.
 */
export async function translatingConstraints<T>(work: () => Promise<T>, errors: Record<string, () => Error>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint =
      (error as { constraint?: string; driverError?: { constraint?: string } }).constraint ??
      (error as { driverError?: { constraint?: string } }).driverError?.constraint;
    const translate = constraint ? errors[constraint] : undefined;
    throw translate ? translate() : error;
  }
}
