// Lists the hottest functions of CPU profiles saved by `npm run bench -- --profile`:
//   npx tsx bench/show-profile.ts bench/.cache/profiles/1M-import.cpuprofile [top]
// Names are mapped to the sources with the build's hidden source maps (bench/.cache/dist).
import { summariseProfileFile } from './profile';

const [path, top] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: npx tsx bench/show-profile.ts FILE.cpuprofile [top]\n');
  process.exit(1);
}
for (const f of await summariseProfileFile(path, Number(top) || 25)) {
  process.stdout.write(`${String(f.self_ms).padStart(7)} ${String(f.total_ms).padStart(7)}  ${f.name}\n`);
}
