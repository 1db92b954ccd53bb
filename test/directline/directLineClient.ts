// Runs the real botframework-directlinejs client in Node: it needs an rxjs `ajax` (the browser one
// uses XMLHttpRequest, absent from Node) and a WebSocket class (Node 20 has no global one). Both
// are passed through the client's documented `services` options; nothing else is replaced.
import { ConnectionStatus, DirectLine, type Activity as DirectLineActivity, type DirectLineOptions } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable.js';
import { WebSocket } from 'ws';

/** What the client receives: the library's Activity type omits a few Direct Line 3.0 fields. */
export type Activity = DirectLineActivity & {
  text?: string;
  replyToId?: string;
  recipient?: { id: string; name?: string; role?: string };
  channelData?: Record<string, unknown>;
};

interface AjaxRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export function fetchAjax(request: AjaxRequest): Observable<unknown> {
  return Observable.create((subscriber: { next(v: unknown): void; complete(): void; error(e: unknown): void }) => {
    const controller = new AbortController();
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    fetch(request.url, { method: request.method ?? 'GET', headers: request.headers, body, signal: controller.signal }).then(
      async (res) => {
        const text = await res.text();
        let response: unknown;
        try {
          response = text ? JSON.parse(text) : null;
        } catch {
          response = text;
        }
        if (res.ok) {
          subscriber.next({ status: res.status, response });
          subscriber.complete();
        } else {
          subscriber.error({ status: res.status, response, xhr: { getResponseHeader: (name: string) => res.headers.get(name) } });
        }
      },
      (err: Error) => subscriber.error({ status: 0, message: err.message }),
    );
    return () => controller.abort();
  });
}

/** botframework-directlinejs only streams when a global WebSocket exists (Node 20 has none). */
export function installGlobalWebSocket(): () => void {
  const g = globalThis as { WebSocket?: unknown };
  const previous = g.WebSocket;
  g.WebSocket = WebSocket;
  return () => {
    g.WebSocket = previous;
  };
}

export interface Client {
  directLine: DirectLine;
  /** The conversation the client joined (a private field of the library). */
  conversationId(): string | undefined;
  activities: Activity[];
  /** Errors the activity stream ended with (e.g. the 403 of a refused start). */
  errors: unknown[];
  statuses: ConnectionStatus[];
  /** Resolves with the first received activity matching `predicate` (already received or future). */
  waitFor(predicate: (a: Activity) => boolean, timeoutMs?: number, what?: string): Promise<Activity>;
  waitForStatus(status: ConnectionStatus, timeoutMs?: number): Promise<void>;
  post(activity: Partial<Activity>): Promise<string>;
  end(): void;
}

export function connect(domain: string, options: DirectLineOptions): Client {
  const directLine = new DirectLine({
    domain,
    ajax: fetchAjax,
    WebSocket,
    pollingInterval: 200,
    ...options,
  } as DirectLineOptions);
  const activities: Activity[] = [];
  const statuses: ConnectionStatus[] = [];
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  const errors: unknown[] = [];
  const sub = directLine.activity$.subscribe({
    next: (a) => {
      activities.push(a as Activity);
      wake();
    },
    error: (err: unknown) => {
      errors.push(err);
      wake();
    },
  });
  const statusSub = directLine.connectionStatus$.subscribe((s) => {
    statuses.push(s);
    wake();
  });

  function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = check();
      if (done !== undefined) return resolve(done);
      const waiter = () => {
        const found = check();
        if (found !== undefined) {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}; received: ${JSON.stringify(activities.map((a) => [a.type, a.from?.role, (a as { text?: string }).text?.slice(0, 40)]))}; statuses ${statuses.join(',')}`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  return {
    directLine,
    conversationId: () => (directLine as unknown as { conversationId?: string }).conversationId,
    activities,
    errors,
    statuses,
    waitFor: (predicate, timeoutMs = 15_000, what = 'an activity') => until(() => activities.find(predicate), timeoutMs, what),
    waitForStatus: (status, timeoutMs = 15_000) =>
      until(() => (statuses.includes(status) ? true : undefined), timeoutMs, `status ${ConnectionStatus[status]}`).then(() => undefined),
    post: (activity) =>
      new Promise<string>((resolve, reject) => {
        directLine.postActivity(activity as DirectLineActivity).subscribe({ next: resolve, error: reject });
      }),
    end() {
      sub.unsubscribe();
      statusSub.unsubscribe();
      directLine.end();
    },
  };
}

export async function generateToken(baseUrl: string): Promise<{ conversationId: string; token: string; expires_in: number }> {
  const res = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
  if (!res.ok) throw new Error(`tokens/generate answered ${res.status}`);
  return (await res.json()) as { conversationId: string; token: string; expires_in: number };
}
