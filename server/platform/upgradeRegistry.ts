// WebSocket upgrades by path prefix on the one HTTP server (Direct Line streams, voice relay…).
// Modules register during wiring; app.ts dispatches every 'upgrade' event through this registry.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export class UpgradeRegistry {
  private readonly entries: { prefix: string; handler: UpgradeHandler }[] = [];

  /** Registers a handler for request paths starting with `pathPrefix` (longest prefix wins). */
  register(pathPrefix: string, handler: UpgradeHandler): void {
    this.entries.push({ prefix: pathPrefix, handler });
    this.entries.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  find(path: string): UpgradeHandler | undefined {
    return this.entries.find((e) => path.startsWith(e.prefix))?.handler;
  }

  dispatch(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '/').split('?')[0];
    const handler = this.find(path);
    if (!handler) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    handler(req, socket, head);
  }
}
