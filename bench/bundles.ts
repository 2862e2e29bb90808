import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

// Bundle sizes of the store build: the capture script injected into the clerk's tab (aim ≤ 30 KB raw)
// and everything the side panel loads at start (aim ≤ 200 KB gzip). The .xlsx code (exceljs) is a lazy
// chunk loaded only on export and is reported apart.

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/chrome-mv3');
const CAPTURE_AIM = 30 * 1024;
const PANEL_AIM_GZ = 200 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Files the side panel HTML loads eagerly: its scripts, their static imports (modulepreload) and CSS. */
function panelFiles(): string[] {
  const html = readFileSync(join(OUT, 'sidepanel.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel) || !existsSync(join(OUT, rel))) return;
    seen.add(rel);
    if (!rel.endsWith('.js')) return;
    const src = readFileSync(join(OUT, rel), 'utf8');
    // static imports only: `import … from "./x.js"` / `import "./x.js"`; dynamic import() chunks are lazy.
    for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      visit(join(rel, '..', m[1]).replace(/^\/+/, ''));
    }
  };
  refs.forEach(visit);
  return [...seen];
}

function lazyChunks(eager: Set<string>): string[] {
  const dir = join(OUT, 'chunks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((f) => `chunks/${f}`).filter((f) => f.endsWith('.js') && !eager.has(f));
}

export async function bench(): Promise<string[]> {
  if (process.env.BENCH_NO_BUILD !== '1' || !existsSync(join(OUT, 'manifest.json'))) {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, env: { ...process.env, WXT_E2E: '' }, stdio: 'pipe' });
  }
  const capture = readFileSync(join(OUT, 'capture.js'));
  const files = panelFiles();
  const bytes = files.map((f) => readFileSync(join(OUT, f)));
  const raw = bytes.reduce((s, b) => s + b.length, 0);
  const zipped = bytes.reduce((s, b) => s + gz(b), 0);
  const bg = readFileSync(join(OUT, 'background.js'));
  const lazy = lazyChunks(new Set(files));
  const lazyRaw = lazy.reduce((s, f) => s + statSync(join(OUT, f)).size, 0);
  return [
    `capture script capture.js: ${kb(capture.length)} raw (${kb(gz(capture))} gzip); aim ≤ 30 KB raw; ratio to aim ${(capture.length / CAPTURE_AIM).toFixed(2)}`,
    `side panel at start (${files.length} files): ${kb(raw)} raw, ${kb(zipped)} gzip; aim ≤ 200 KB gzip; ratio to aim ${(zipped / PANEL_AIM_GZ).toFixed(2)}`,
    `background.js: ${kb(bg.length)} raw, ${kb(gz(bg))} gzip (no aim)`,
    `lazy chunks (loaded on .xlsx export): ${lazy.length} files, ${kb(lazyRaw)} raw`,
  ];
}
