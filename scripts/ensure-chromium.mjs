// Browser tests need Debian's Chromium and a CJK font. Install them when we can
// (root with apt-get); otherwise fail with the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

function hasCjkFont() {
  try {
    return /Noto Sans CJK|Noto Serif CJK/.test(execSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

if (existsSync(CHROMIUM) && hasCjkFont()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt;
try {
  execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt) {
  console.error(`Installing Chromium and CJK fonts: ${INSTALL}`);
  execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (existsSync(CHROMIUM) && hasCjkFont()) process.exit(0);
}
console.error(
  `Browser tests need Chromium at ${CHROMIUM} and the Noto CJK fonts. Install them with:\n  sudo ${INSTALL}\n(or set CHROMIUM_PATH to another Chromium binary).`,
);
process.exit(1);
