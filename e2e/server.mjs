// A tiny static server for the built widget: the demo (`make demo`) and the browser tests use it.
// It serves only files under --root, on 127.0.0.1, optionally under a sub-path (--prefix) and with
// a Content-Security-Policy header (--csp), so tests can embed the widget the way clinics will.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function parseArgs(argv) {
  const opts = { root: 'dist', port: 8080, prefix: '/', csp: '' };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`missing value for ${flag}`);
    if (flag === '--root') opts.root = value;
    else if (flag === '--port') opts.port = Number(value);
    else if (flag === '--prefix') opts.prefix = value.endsWith('/') ? value : `${value}/`;
    else if (flag === '--csp') opts.csp = value;
    else throw new Error(`unknown option ${flag}`);
  }
  return opts;
}

/**
 * Starts the server; resolves with the Node server once it listens (port 0 picks a free port:
 * read it from `server.address().port`). From JavaScript only: `headers` maps a URL path to
 * extra response headers (e.g. `Service-Worker-Allowed`), and `onRequest(path, request)` sees every
 * request (`request.method` and `request.url`, with its query, tell a GET from a POST).
 */
export function serve({ root, port, prefix = '/', csp = '', headers: extra = {}, onRequest = () => {} }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    onRequest(path, req);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        // Module scripts and wasm are fetched with CORS; a sandboxed iframe (opaque origin)
        // embedding the widget needs this to load it at all.
        'access-control-allow-origin': '*',
      };
      if (csp) headers['content-security-policy'] = csp;
      Object.assign(headers, extra[path]);
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseArgs(process.argv.slice(2));
  await serve(opts);
  console.log(`serving ${opts.root} on http://127.0.0.1:${opts.port}${opts.prefix}`);
}
