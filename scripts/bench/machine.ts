import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** Where a benchmark ran: figures are only compared within one run on one machine. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  os: string;
  commit: string;
  /** The 1-minute load average when the bench started: other work on the machine skews timings. */
  loadAtStart: number;
  date: string;
}

const run = (command: string, args: string[]): string => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** Describes this machine and the browser the bench drives. */
export function describeMachine(chromiumPath: string): Machine {
  const cpus = os.cpus();
  const dirty = run('git', ['status', '--porcelain']) ? ' (with uncommitted changes)' : '';
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium: run(chromiumPath, ['--version']),
    os: `${os.type()} ${os.release()}`,
    commit: `${run('git', ['rev-parse', '--short', 'HEAD'])}${dirty}`,
    loadAtStart: os.loadavg()[0] ?? 0,
    date: new Date().toISOString(),
  };
}
