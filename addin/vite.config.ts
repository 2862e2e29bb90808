import { defineConfig, type Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

// The task pane build. office.js is served from node_modules/@microsoft/office-js beside the pane (/office/),
// never from a CDN. Dev and preview use https on localhost:3000 with a self-signed certificate made on demand
// in the git-ignored .certs/ folder.
const here = dirname(fileURLToPath(import.meta.url));
const officeDist = resolve(here, '../node_modules/@microsoft/office-js/dist');
const outDir = resolve(here, '../dist-addin');
// Outside Office only office.js and the mapping table are fetched; inside Excel the host file for the platform
// and the locale strings are. zh-cn and en-us cover the clerks' Excel.
const OFFICE_FILES = ['office.js', 'o15apptofilemappingtable.js'];
const OFFICE_HOST = /^excel-(web|win32|mac|ios)-16\.\d+(-core)?\.js$/;
const OFFICE_LOCALES = ['en-us', 'zh-cn'];

function officeJs(): Plugin {
  return {
    name: 'zxtally-office-js',
    configureServer(server) {
      server.middlewares.use('/office', (req, res, next) => {
        const file = join(officeDist, decodeURIComponent((req.url ?? '/').split('?')[0]));
        if (!file.startsWith(officeDist) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      const target = join(outDir, 'office');
      mkdirSync(target, { recursive: true });
      for (const f of readdir(officeDist)) {
        if (OFFICE_FILES.includes(f) || OFFICE_HOST.test(f)) cpSync(join(officeDist, f), join(target, f));
      }
      for (const l of OFFICE_LOCALES) if (existsSync(join(officeDist, l))) cpSync(join(officeDist, l), join(target, l), { recursive: true });
    },
  };
}

function readdir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function httpsOpts() {
  if (process.env.ZX_ADDIN_HTTP === '1') return undefined; // tests serve plain http on 127.0.0.1
  const dir = resolve(here, '../.certs');
  const key = join(dir, 'localhost.key');
  const cert = join(dir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '365',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export default defineConfig(({ command }) => ({
  root: here,
  base: '/',
  publicDir: resolve(here, 'public'),
  plugins: [officeJs()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: { taskpane: resolve(here, 'taskpane.html') } },
  },
  server: { port: 3000, strictPort: true, https: command === 'serve' ? httpsOpts() : undefined },
  preview: { port: 3000, strictPort: true, https: command === 'serve' ? httpsOpts() : undefined },
}));
