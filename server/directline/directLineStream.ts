// WebSocket streaming (the `streamUrl` of Direct Line 3.0): each socket receives
// `{ activities: [...], watermark }` sets, first everything after the watermark it connected with,
// then every new activity of the conversation as it is logged. Empty messages from the client are
// its keep-alive pings and are ignored.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../platform/logger.js';
import { guardWebSocket } from '../platform/socketErrors.js';
import { DirectLineError, type DirectLineService, type StreamEvent } from './directLineService.js';
import { describeError } from '../platform/errorLog.js';

export const STREAM_PATH_PREFIX = '/v3/directline/conversations/';
const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,128})\/stream$/;
const PING_INTERVAL_MS = 30_000;

function reject(socket: Duplex, status: number, reason: string): void {
  const body = JSON.stringify({ error: { code: status === 403 ? 'Forbidden' : 'NotFound', message: reason } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Not Found'}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

class StreamSession {
  private nextIndex: number;
  private pumping = false;
  private again = false;
  private readonly unsubscribe: () => void;
  alive = true;

  constructor(
    private readonly ws: WebSocket,
    private readonly service: DirectLineService,
    private readonly conversationId: string,
    watermark: number,
    private readonly logger: Logger,
  ) {
    this.nextIndex = watermark;
    this.unsubscribe = service.subscribe(conversationId, (event) => this.onEvent(event));
    ws.on('pong', () => (this.alive = true));
    ws.on('close', () => this.unsubscribe());
    ws.on('error', () => this.unsubscribe());
    void this.pump();
  }

  private onEvent(event: StreamEvent): void {
    if (event.kind === 'appended') void this.pump();
    else this.send({ activities: [event.activity], watermark: String(this.nextIndex) });
  }

  private send(set: { activities: unknown[]; watermark: string }): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(set));
  }

  /** Sends whatever the log holds after nextIndex; one pump at a time, re-run if woken meanwhile. */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        const set = await this.service.readFrom(this.conversationId, this.nextIndex);
        const next = Number(set.watermark);
        if (set.activities.length > 0) this.send(set);
        this.nextIndex = next;
        if (set.activities.length > 0 && this.ws.readyState === this.ws.OPEN) this.again ||= set.activities.length >= 500;
      } while (this.again && this.ws.readyState === this.ws.OPEN);
    } catch (err) {
      this.logger.warn({ err: describeError(err) }, 'direct line stream read failed');
      this.ws.close(1011);
    } finally {
      this.pumping = false;
    }
  }
}

export interface DirectLineStreaming {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export function createDirectLineStreaming(service: DirectLineService, logger: Logger): DirectLineStreaming {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sessions = new Map<WebSocket, StreamSession>();
  const pinger = setInterval(() => {
    for (const [ws, session] of sessions) {
      if (!session.alive) {
        ws.terminate();
        continue;
      }
      session.alive = false;
      ws.ping();
    }
  }, PING_INTERVAL_MS);
  pinger.unref();

  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = STREAM_PATH.exec(url.pathname);
      if (!match) return reject(socket, 404, 'Unknown stream.');
      const conversationId = match[1];
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const credential = url.searchParams.get('t') ?? bearer ?? '';
      const watermark = Math.max(0, Number.parseInt(url.searchParams.get('watermark') ?? '0', 10) || 0);
      service.authorizeStream(credential, conversationId).then(
        () => {
          wss.handleUpgrade(req, socket, head, (ws) => {
            guardWebSocket(ws, logger, 'directline-stream');
            sessions.set(ws, new StreamSession(ws, service, conversationId, watermark, logger));
            ws.on('close', () => sessions.delete(ws));
          });
        },
        (err: unknown) => {
          if (err instanceof DirectLineError) return reject(socket, err.status, err.message);
          logger.warn({ err: describeError(err) }, 'direct line stream upgrade failed');
          reject(socket, 404, 'Unknown stream.');
        },
      );
    },
    async close() {
      clearInterval(pinger);
      for (const ws of sessions.keys()) ws.terminate();
      sessions.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
