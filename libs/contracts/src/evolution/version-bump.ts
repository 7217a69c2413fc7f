/**
 * Whether `current` is a version that may break callers of `base` (semver): a higher major, or while
 * the major is 0 (initial development, where each minor is a breaking boundary, as npm's ^ reads it)
 * a higher minor.
 */
export function isMajorBump(baseVersion: string | undefined, currentVersion: string | undefined): boolean {
  const parts = (v: string | undefined) =>
    /^(\d+)\.(\d+)\./
      .exec(v ?? '')
      ?.slice(1)
      .map(Number);
  const [base, current] = [parts(baseVersion), parts(currentVersion)];
  if (!base || !current) return false;
  if (current[0] !== base[0]) return current[0] > base[0];
  return current[0] === 0 && current[1] > base[1];
}
