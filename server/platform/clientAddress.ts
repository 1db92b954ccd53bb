// Which address a request comes from. X-Forwarded-For is believed only when the TCP peer (and each
// hop after it) is a proxy listed in TRUST_PROXY; otherwise the peer address is the client. The
// same rule as express's `trust proxy` (which app.ts sets from the same list), for raw upgrade requests.
import type { IncomingMessage } from 'node:http';

/** express `trust proxy` value: the list of trusted proxies, or false (trust no one). */
export function trustProxySetting(trustProxy: string | undefined): string[] | false {
  const list = (trustProxy ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return list.length > 0 ? list : false;
}

/** Walks from the peer back through X-Forwarded-For while each hop is trusted (proxy-addr's rule). */
export function clientAddress(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  for (let i = 0; i < chain.length - 1; i++) if (!trust(chain[i], i)) return chain[i];
  return chain[chain.length - 1];
}
