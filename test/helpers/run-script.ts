// Runs one of scripts/*.ts as `npm run` does (node with tsx) and reads its JSON lines.
import { spawnSync } from 'node:child_process';
import { ROOT } from './project-files';

export function runJsonLinesScript(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return {
    status: r.status,
    stderr: r.stderr,
    lines: r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
