// Browser tests need Debian's Chromium and a CJK font, and LibreOffice with poppler to render
// generated Word briefings to PDF and page images. Install them when we can (root with
// apt-get); otherwise fail with the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils';

function has(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const ready = () => existsSync(CHROMIUM) && hasCjkFont() && has('soffice') && has('pdftoppm');

function hasCjkFont() {
  try {
    return /Noto Sans CJK|Noto Serif CJK/.test(execSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

if (ready()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.error(`Installing Chromium, CJK fonts and LibreOffice: ${INSTALL}`);
  execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (ready()) process.exit(0);
}
console.error(
  `Browser tests need Chromium at ${CHROMIUM}, the Noto CJK fonts, LibreOffice (soffice) and poppler (pdftoppm). Install them with:\n  sudo ${INSTALL}\n(or set CHROMIUM_PATH to another Chromium binary).`,
);
process.exit(1);
