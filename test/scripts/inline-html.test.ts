import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeInlineScript, inlineHtml } from '../../scripts/portable/inline-html';

const PAGE = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:" />
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<script defer src="./boot-check.js"></script>
<script type="module" crossorigin src="./assets/index-a.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-b.css">`;

const FILES: Record<string, string> = {
  './assets/index-a.js': 'const s = "</script><b>"; console.log(s);',
  './assets/index-b.css': 'body{color:red}',
  './favicon.svg': '<svg/>',
  './boot-check.js': 'if (!Array.prototype.at) show();',
};
const read = (url: string) => {
  const text = FILES[url];
  if (text === undefined) throw new Error(`no ${url}`);
  return Buffer.from(text);
};

describe('inlineHtml (one-file edition)', () => {
  it('inlines the script, the stylesheet and the icon, and allows exactly that script and local pack scripts', () => {
    const out = inlineHtml({ html: PAGE, read });
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(out)![1]!;
    expect(script).toBe('const s = "<\\/script><b>"; console.log(s);');
    const hash = createHash('sha256').update(script).digest('base64');
    // The old-browser check stays a classic script, inline and allowed by its own hash.
    expect(out).toContain('<script>if (!Array.prototype.at) show();</script>');
    const checkHash = createHash('sha256').update('if (!Array.prototype.at) show();').digest('base64');
    // 'self' on file:// is the folder's own files: the office data packs' scripts.
    expect(out).toContain(`script-src 'sha256-${hash}' 'sha256-${checkHash}' 'self';`);
    expect(out).toContain('<style>body{color:red}</style>');
    expect(out).toContain(`href="data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}"`);
    expect(out).toContain("connect-src 'self' data: blob:");
    expect(out).not.toMatch(/src="\.\//);
  });

  it('refuses a page that would still load a file', () => {
    expect(() => inlineHtml({ html: PAGE + '<link rel="manifest" href="./manifest.webmanifest">', read })).toThrow(/manifest\.webmanifest/);
  });

  it('refuses script text that would confuse the HTML parser', () => {
    expect(() => escapeInlineScript('x = "<!-- <script>"')).toThrow(/<!--/);
    expect(escapeInlineScript('x = "<!-- -->" + "<script>"')).toBe('x = "<!-- -->" + "<script>"');
  });
});
