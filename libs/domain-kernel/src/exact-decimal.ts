/**
 * A JSON number as the decimal that was written, scaled to whole units of 10^-places: 0.29 with two
 * places is 29, although 0.29 * 100 is 28.999999999999996 in binary floating point. Reads the
 * number's shortest round-trip representation (what `String` gives, and what was written, trailing
 * zeros aside), so no arithmetic on the binary value decides whether a decimal is accepted. Null
 * when it has more decimals than `places` or is no plain decimal (exponent notation, NaN, Infinity).
 */
export function scaledExactly(value: number, places: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (!match || (match[3] ?? '').length > places) return null;
  const scaled = Number(match[2]) * 10 ** places + Number((match[3] ?? '').padEnd(places, '0') || '0');
  return Number.isSafeInteger(scaled) ? (match[1] ? -scaled : scaled) : null;
}
