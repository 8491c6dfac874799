/**
 * The explorer page (src/explorer/): bundled by esbuild into static files, and served at `/`
 * and `/explorer/…` beside the API. Only the files of a build are served, by name: no path
 * from a request reaches the file system. Its Content-Security-Policy allows nothing from
 * another host: scripts, styles, data and images all come from this server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../config';

const SOURCE = path.join(PROJECT_ROOT, 'src', 'explorer');
/** Where `npm run build` and `npm start` put the page (git-ignored). */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');

/** Request path → built file and its type. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/explorer/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // cytoscape injects a small <style> and positions its canvases with style attributes. The page
  // builds its DOM from text nodes, never from HTML strings, so inline styles open no door; scripts stay 'self' only.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Bundles the page into `outDir` (about a second); returns the bundle's size in bytes. */
export async function buildExplorer(outDir = EXPLORER_DIR): Promise<number> {
  fs.mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(SOURCE, 'main.ts')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    tsconfig: path.join(SOURCE, 'tsconfig.json'),
    legalComments: 'eof',
    logLevel: 'silent',
    metafile: true,
  });
  for (const file of ['index.html', 'style.css']) fs.copyFileSync(path.join(SOURCE, file), path.join(outDir, file));
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

function notBuilt(res: ServerResponse, dir: string): void {
  const body = `<!doctype html><meta charset="utf-8"><title>armsgraph</title><p>The explorer page is not built in ${dir}. Run <code>npm run build</code> (<code>npm start</code> does it), then reload. The API is at <a href="/graphql">/graphql</a>.</p>`;
  res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Serves the built page from `dir` for GET and HEAD of its paths; every other request goes to `next`. */
export function explorerHandler(dir: string, next: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const entry = FILES[pathname];
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) return next(req, res);
    fs.readFile(path.join(dir, entry.file), (error, body) => {
      if (error) return notBuilt(res, dir);
      res.writeHead(200, {
        'content-type': entry.type,
        'content-length': body.length,
        'cache-control': 'no-cache',
        'content-security-policy': POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  };
}
