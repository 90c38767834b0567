// Ships the Noto Sans SC (SIL Open Font License) slices of weight 400 in public/fonts,
// with an index of which slice covers which characters: exports load only the slices
// their text needs, and SVG exports embed exactly those.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const css = readFileSync(join(pkgDir, '400.css'), 'utf8');
const out = 'public/fonts/noto-sans-sc';
mkdirSync(out, { recursive: true });

const slices = [];
for (const block of css.split('@font-face').slice(1)) {
  const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
  const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
  if (!file || !range) continue;
  const ranges = range.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
  const target = join(out, file);
  if (!existsSync(target)) copyFileSync(join(pkgDir, 'files', file), target);
  slices.push({ file, ranges });
}
writeFileSync(join(out, 'slices.json'), JSON.stringify({ family: 'Noto Sans SC', weight: 400, slices }));
writeFileSync(
  join(out, 'LICENSE.txt'),
  'Noto Sans SC, Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name "Source". Licensed under the SIL Open Font License, Version 1.1 (https://openfontlicense.org).\n',
);
console.error(`fonts: ${slices.length} Noto Sans SC slices in ${out}`);
