/** Progress of a long job in whole percent, 100 only when every expected item is done (a run's lines, an import's rows). */
export function progressPercent(done: number, expected: number): number {
  if (expected === 0) return 100;
  return Math.min(100, Math.floor((done * 100) / expected));
}
