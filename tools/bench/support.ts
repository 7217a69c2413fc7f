/** What the benchmarks share: a service started as its own process, a keep-alive HTTP client, timing and memory. */
import { SERVICE_NODE_FLAGS, serviceEnvPrefix } from '@civic/contracts';
import { freePort, repoRoot } from '@civic/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/** A client's polling interval (a benchmark waiting for a service, not a test synchronising). */
export const POLL_MS = 100;

export const agent = new Agent({ keepAlive: true, maxSockets: Number(process.env.BENCH_MAX_SOCKETS ?? 1024) });

export interface RunningService {
  process: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

/** Starts the built service (`dist/services/<name>/src/main.js`) on a free port and waits until it is ready. */
export async function startService(name: string, env: Record<string, string>): Promise<RunningService> {
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...profile, join(repoRoot(), 'dist', 'services', name, 'src', 'main.js')], {
    env: { ...process.env, ...env, [`${serviceEnvPrefix(name)}PORT`]: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const status = await httpJson('GET', port, '/health/ready').then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`${name} did not become ready`);
    await delay(POLL_MS);
  }
  return {
    process: child,
    port,
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
  };
}

export function httpJson(method: string, port: number, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs `count` operations with `concurrency` in flight; returns ops/s and latency percentiles. */
export async function closedLoop(
  concurrency: number,
  count: number,
  op: (i: number) => Promise<void>,
): Promise<{ perSecond: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: latencies[Math.floor(count * 0.5)], p99: latencies[Math.floor(count * 0.99)] };
}

/** A field of /proc/<pid>/status in kB: VmRSS (now) or VmHWM (peak). */
export function memoryKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

/** The i-th of a run of distinct valid citizen ID numbers (GB 11643 check character). */
export function citizenId(i: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `310104${birth}${String(Math.floor(i / 20000) + 1).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + '10X98765432'[[...body].reduce((sum, d, k) => sum + Number(d) * weights[k], 0) % 11];
}
