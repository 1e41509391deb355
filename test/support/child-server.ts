import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// AMITY_SERVER_ROOT: build another checkout (e.g. an older commit, to see a test fail before its fix).
const ROOT = path.resolve(process.env.AMITY_SERVER_ROOT ?? process.cwd());

export interface Build {
  /** The compiled entry point (src/main.js). */
  main: string;
  remove(): void;
}

/**
 * Compiles the server (src/main.ts, or another entry point such as a script, and what it imports) into a
 * directory of its own, so the test runs the real program without touching the shared dist/ that
 * `npm run build` replaces.
 */
export function buildServer(entry = 'src/main.ts'): Build {
  const dir = mkdtempSync(path.join(tmpdir(), 'amity-server-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: { rootDir: ROOT, outDir: path.join(dir, 'out'), sourceMap: false, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')] },
      files: [path.join(ROOT, entry)],
      include: [],
    }),
  );
  // Type errors do not stop emitting; a broken build shows as a server that does not start.
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], { stdio: 'ignore', timeout: 120_000 });
  return { main: path.join(dir, 'out', entry.replace(/\.ts$/, '.js')), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Every JSON log line so far. */
  logs: Record<string, any>[];
  /** stdout and stderr lines that were not JSON (crash traces). */
  other: string[];
  alive(): boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills it if still running (end of a test). */
  kill(): Promise<void>;
}

/** The production server as its own process (NODE_ENV=production: an unhandled rejection would really end it). */
export async function startChildServer(build: Build, env: Record<string, string>, startTimeoutMs = 60_000): Promise<ChildServer> {
  const child = spawn(process.execPath, [build.main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      AUTH_SECRET: 'child-server-test-secret-0123456789abcdef',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, any>[] = [];
  const other: string[] = [];
  let announce: ((url: string) => void) | undefined;
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line);
          logs.push(entry);
          if (entry.msg === 'Amity is serving') announce?.(String(entry.url).replace(/\/graphql$/, ''));
        } catch {
          other.push(line);
        }
      }
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    }),
  );
  const url = await Promise.race([
    new Promise<string>((resolve) => (announce = resolve)),
    exited.then(({ code }) => Promise.reject(new Error(`server exited (${code}) before serving:\n${other.join('\n')}\n${JSON.stringify(logs.slice(-5))}`))),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('server did not start in time')), startTimeoutMs).unref()),
  ]);
  return {
    url,
    process: child,
    logs,
    other,
    alive: () => running,
    exited,
    async kill() {
      if (!running) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
