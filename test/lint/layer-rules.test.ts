// The layer and cycle rules of .dependency-cruiser.cjs (what `npm run lint:deps` runs) over
// a small tree that breaks them on purpose (test/lint/fixtures/layers): each break is
// reported, and the allowed imports are not.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project-files';

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

function cruiseFixture(): Violation[] {
  const bin = resolve(ROOT, 'node_modules/.bin/depcruise');
  const args = ['src', '--config', resolve(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'];
  let out: string;
  try {
    out = execFileSync(bin, args, { cwd: resolve(ROOT, 'test/lint/fixtures/layers'), encoding: 'utf8' });
  } catch (e) {
    // depcruise exits with the number of errors; the report is on stdout all the same.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layer and cycle rules', () => {
  const violations = cruiseFixture();
  const found = (rule: string, from: string) => violations.filter((v) => v.rule.name === rule && v.from === from).map((v) => v.to);

  it('catches an import cycle, also when one side imports only types', () => {
    // A circle is reported once, from the first of its modules.
    const cycles = violations.filter((v) => v.rule.name === 'no-circular');
    expect(cycles.map((v) => [v.from, v.to].sort())).toEqual([['src/domain/cycle-a.ts', 'src/domain/cycle-b.ts']]);
  });

  it('catches React in src/domain and lets papaparse and echarts types through', () => {
    expect(found('domain-is-pure', 'src/domain/uses-react.ts')).toEqual([expect.stringMatching(/node_modules\/react\//)]);
    expect(violations.filter((v) => v.from === 'src/domain/pure.ts')).toEqual([]);
  });

  it('catches echarts loaded (not only its types) in src/domain', () => {
    expect(found('domain-echarts-types-only', 'src/domain/uses-echarts.ts')).toEqual([expect.stringMatching(/node_modules\/echarts\//)]);
  });

  it('catches a feature importing the app shell', () => {
    expect(found('features-layer', 'src/features/views/view.ts')).toEqual(['src/app/shell.ts']);
  });

  it('catches a feature importing another feature outside its shared modules', () => {
    expect(found('features-are-separate', 'src/features/print/print.ts')).toEqual(['src/features/export/private.ts']);
    expect(found('features-are-separate', 'src/features/views/view.ts')).toEqual([]);
  });

  it('reports nothing else', () => {
    expect(violations).toHaveLength(5);
  });
});
