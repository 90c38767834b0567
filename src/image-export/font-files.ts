// Where the export font's files are: next to index.html in the web build. The one-file
// edition replaces this module at build time with one that returns data: URLs
// (scripts/portable/vite-portable.ts), since a page opened from file:// cannot fetch files.
export function fontFileUrl(name: string): string {
  return `${import.meta.env.BASE_URL}fonts/noto-sans-sc/${name}`;
}
