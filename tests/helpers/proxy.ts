/**
 * A TCP proxy in front of the test Neo4j, so a test can take "the database" away without
 * stopping the real one: `down()` drops every connection and refuses new ones. `cutOn` takes
 * it down the moment the client sends bytes it matches, after passing them on (a lost
 * connection at exactly that point of the Bolt conversation).
 */
import net from 'node:net';
import { AddressInfo } from 'node:net';

export class Proxy {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: number,
    private readonly cutOn?: (clientBytes: Buffer) => boolean,
  ) {}

  up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      upstream.pipe(client);
      client.on('data', (chunk: Buffer) => {
        upstream.write(chunk);
        if (this.cutOn?.(chunk)) {
          // The database gets the bytes; the client never hears the answer.
          upstream.unpipe(client);
          void this.down();
        }
      });
    });
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
  }

  down(): Promise<void> {
    const server = this.server;
    this.server = null;
    // Give bytes already handed to the upstream socket a moment to leave before it is destroyed.
    return new Promise((resolve) =>
      setTimeout(() => {
        for (const s of this.sockets) s.destroy();
        if (server) server.close(() => resolve());
        else resolve();
      }, 20),
    );
  }
}

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** A Bolt COMMIT message as the driver sends it: one chunk of two bytes (struct marker, signature 0x12), then the end marker. */
export const BOLT_COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
