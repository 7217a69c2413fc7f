/** Injection tokens of the platform. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
