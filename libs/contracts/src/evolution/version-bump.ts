/** Whether `current` is a new major version of `base` (semver), which may break its callers. */
export function isMajorBump(baseVersion: string | undefined, currentVersion: string | undefined): boolean {
  const major = (v: string | undefined) => Number(/^(\d+)\./.exec(v ?? '')?.[1] ?? NaN);
  return major(currentVersion) > major(baseVersion);
}
