// `npm run lint`: ESLint (type-aware), the layer and cycle rules (dependency-cruiser),
// Prettier's check and knip, each an npm script of its own. Runs every step, then fails if
// any step found something.
import { spawnSync } from 'node:child_process';

const STEPS = ['lint:eslint', 'lint:deps', 'format:check', 'lint:unused'];

const failed = [];
for (const step of STEPS) {
  console.error(`\n> npm run ${step}`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', '-s', step], { stdio: 'inherit', shell: false });
  console.error(`  ${step}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) failed.push(step);
}
if (failed.length) {
  console.error(`\nlint failed: ${failed.join(', ')}. \`npm run format\` fixes formatting.`);
  process.exit(1);
}
