/**
 * The API served in a child process for the benchmarks, so the load generator does not share
 * its event loop and the server's own memory can be read (`/proc/<pid>/status`).
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { connect } from '../graph/database';
import { serveApi } from '../api/server';
import { runCli } from '../cli/run';

export interface BenchServer {
  port: number;
  pid: number;
  stop(): void;
}

export function startServer(cached: boolean): Promise<BenchServer> {
  const child = fork(__filename, ['serve', cached ? 'cached' : 'uncached'], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`API server exited with ${code}`)));
    child.once('message', (port) => resolve({ port: Number(port), pid: child.pid!, stop: () => child.kill() }));
  });
}

/** Resident memory of a process in MB, from the kernel. */
export function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : NaN;
}

async function serve(): Promise<void> {
  const driver = await connect(loadConfig(), () => undefined);
  const server = await serveApi(driver, 0, { responseCache: process.argv[3] !== 'uncached' });
  const address = server.address();
  process.send!(typeof address === 'object' && address ? address.port : 0);
}

if (require.main === module && process.argv[2] === 'serve') runCli(serve);
