// `npm test` (and CI): lint first (any finding fails), then the type check, unit tests in
// Node, and the browser tests against the production build.
import { spawnSync } from 'node:child_process';

function run(cmd, args) {
  console.error(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const npx = 'npx';
run('node', ['scripts/lint.mjs']);
run(npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run(npx, ['vitest', 'run']);
run('node', ['scripts/ensure-chromium.mjs']);
run(npx, ['vite', 'build', '--logLevel', 'warn']);
run(npx, ['tsx', 'scripts/build-portable.ts']);
run(npx, ['vitest', 'run', '--config', 'test/e2e/vitest.e2e.config.ts']);
