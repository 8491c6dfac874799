/**
 * The HTTP side of the API: every request body is read with a cap (API_MAX_BODY; over it is
 * HTTP 413 and the rest is never parsed), and every request answers within its time limit
 * (API_REQUEST_TIMEOUT_MS; then HTTP 503 with code TIMEOUT and its work is aborted). Pages
 * (GraphiQL, several MB of inlined script) go out compressed when the client accepts it.
 */
import { createHash } from 'node:crypto';
import { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip as gzipCompress } from 'node:zlib';
/** What this handler needs of a yoga server: its fetch API and its fetch entry point. */
interface FetchServer {
  fetchAPI: { Headers: typeof Headers; Request: typeof Request };
  fetch(request: Request, context: Record<string, unknown>): Promise<Response> | Response;
}

export interface HttpLimits {
  maxBodyBytes: number;
  requestTimeoutMs: number;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`;
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}, close = false): void {
  if (res.headersSent || res.writableEnded) return;
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(body);
}

/** Headers of the connection, not of the request: the body is handed over whole. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade', 'expect']);

class BodyTooLarge extends Error {}

/** The request body, or BodyTooLarge as soon as it passes `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > max) {
        over = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

type Encoding = 'br' | 'gzip';

/** The encoding to send a page in: brotli, else gzip, as the request's Accept-Encoding allows (q=0 refuses). */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  const accepted = new Map(
    (header ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
      return [name, q === undefined ? 1 : Number(q)] as const;
    }),
  );
  return (['br', 'gzip'] as const).find((e) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0) ?? null;
}

/** Compressed pages by encoding and content: GraphiQL's page is the same for every request, so it is compressed once. */
const compressed = new Map<string, Buffer>();

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCompress);

/** Off the event loop (zlib's thread pool), at levels that take about 0.3 s for GraphiQL's 9 MB and keep it near 2 MB. */
async function compress(payload: Buffer, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${createHash('sha1').update(payload).digest('hex')}`;
  let body = compressed.get(key);
  if (!body) {
    body = encoding === 'br' ? await brotli(payload, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_SIZE_HINT]: payload.length } }) : await gzip(payload, { level: 5 });
    if (compressed.size >= 8) compressed.clear();
    compressed.set(key, body);
  }
  return body;
}

/** Pages are compressed; GraphQL answers are small and cached, and stay as they are. */
const COMPRESSED_TYPES = /^text\/html\b/;
const COMPRESS_MIN_BYTES = 1024;

export function limitedHandler(yoga: FetchServer, limits: HttpLimits): RequestListener {
  const tooLarge = (res: ServerResponse) =>
    sendError(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is over the ${formatBytes(limits.maxBodyBytes)} limit (API_MAX_BODY); send a shorter query or smaller variables.`,
      { limit: limits.maxBodyBytes },
      true,
    );

  return (req, res) => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      abort.abort();
      sendError(res, 503, 'TIMEOUT', `The request took longer than ${limits.requestTimeoutMs} ms (API_REQUEST_TIMEOUT_MS) and was stopped; ask for less or try again.`, {}, true);
      req.destroy();
    }, limits.requestTimeoutMs);
    timer.unref();
    res.on('close', () => clearTimeout(timer));

    const run = async () => {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > limits.maxBodyBytes) {
        req.resume();
        tooLarge(res);
        return;
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      let body: Buffer | undefined;
      if (hasBody) {
        try {
          body = await readBody(req, limits.maxBodyBytes);
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            req.resume();
            tooLarge(res);
            return;
          }
          throw error;
        }
      }
      const headers = new yoga.fetchAPI.Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name)) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      const request = new yoga.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: body && body.length > 0 ? new Uint8Array(body) : undefined,
        signal: abort.signal,
      });
      const response = await yoga.fetch(request, { req, res });
      const payload = Buffer.from(await response.arrayBuffer());
      if (res.headersSent || res.writableEnded) return;
      // The answer is ready: the time limit is for the work, not for compressing and sending it.
      clearTimeout(timer);
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.statusCode = response.status;
      const type = response.headers.get('content-type') ?? '';
      if (COMPRESSED_TYPES.test(type) && payload.length >= COMPRESS_MIN_BYTES && !response.headers.has('content-encoding')) {
        res.setHeader('vary', 'accept-encoding');
        const encoding = acceptedEncoding(req.headers['accept-encoding']);
        if (encoding) {
          const body = await compress(payload, encoding);
          if (res.headersSent || res.writableEnded) return;
          res.setHeader('content-encoding', encoding);
          res.setHeader('content-length', body.length);
          res.end(body);
          return;
        }
      }
      res.end(payload);
    };
    run().catch(() => sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
  };
}
