/**
 * How many simulations run side by side: the workers share the machine's cores and one GPU,
 * so half the logical cores, at least one and at most four.
 */
export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(4, Math.floor((hardwareConcurrency ?? 2) / 2)));
}

/** Which queued runs to start now, oldest first, given how many are running. */
export function runsToStart<T extends { status: string; createdAt: number }>(runs: readonly T[], size: number): T[] {
  const running = runs.filter((r) => r.status === 'running' || r.status === 'paused').length;
  return runs
    .filter((r) => r.status === 'queued')
    .sort((a, b) => a.createdAt - b.createdAt)
    .slice(0, Math.max(0, size - running));
}
