// Per-socket error handling for WebSockets and upgraded sockets. An 'error' event with no listener
// is thrown by Node and ends the process: one bad frame from one client would stop the service for
// everyone. Every socket gets a listener here; the socket is closed and the error logged once.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { Logger } from './logger.js';
import { describeError } from './errorLog.js';

/** Close codes from RFC 6455 used when the library did not already pick one. */
export const CLOSE_PROTOCOL_ERROR = 1002;

/**
 * Listens for errors on one WebSocket: logs the first one (code and name only, never the payload)
 * and makes sure the socket ends. `ws` has already started the closing handshake with the matching
 * close code (1009 message too big, 1007 invalid UTF-8, 1002 protocol error) when it emits.
 */
export function guardWebSocket(ws: WebSocket, logger: Pick<Logger, 'warn'>, where: string): void {
  let logged = false;
  ws.on('error', (err: Error & { code?: string }) => {
    if (!logged) {
      logged = true;
      logger.warn({ where, err: describeError(err) }, 'websocket closed after a client error');
    }
    if (ws.readyState === ws.OPEN) ws.close(CLOSE_PROTOCOL_ERROR);
    // A peer that never answers the close handshake is dropped.
    setTimeout(() => ws.terminate(), 2000).unref();
  });
}

/** Raw upgraded socket (before the WebSocket exists): a reset during authentication is not fatal. */
export function guardUpgradeSocket(socket: Duplex, logger: Pick<Logger, 'debug'>): void {
  socket.on('error', (err: Error & { code?: string }) => {
    logger.debug({ err: describeError(err) }, 'upgrade socket error');
    socket.destroy();
  });
}
