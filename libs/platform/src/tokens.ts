/** Injection tokens of the platform. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
/** The service's Clock (domain-kernel): the system clock, replaced by a ControllableClock in tests. */
export const CLOCK = Symbol('CLOCK');
