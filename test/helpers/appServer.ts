// Starts the real application (container + express + http.Server) on a loopback port for tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp, type AppHandle } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { buildContainer, type ContainerOptions, type Services } from '../../server/container.js';

export interface RunningApp {
  url: string;
  services: Services;
  handle: AppHandle;
  dataDir: string;
  close(): Promise<void>;
}

/** env: extra variables (STATE_STORE defaults to memory, DATA_DIR to a fresh temp dir). */
export async function startApp(env: Record<string, string> = {}, options: ContainerOptions = {}): Promise<RunningApp> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'cep-app-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATE_STORE: 'memory', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, ...env });
  const services = await buildContainer(config, options);
  const handle = createApp(services);
  await new Promise<void>((resolve) => handle.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = handle.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    handle,
    dataDir,
    async close() {
      await handle.close();
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
/** A minimal Bot Framework activity as the Emulator or an expectReplies harness sends it. */
export function activity(conversationId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    id: `act-${++seq}`,
    timestamp: new Date().toISOString(),
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, name: 'Utilisateur' },
    recipient: { id: 'bot', name: 'Assistant CEP' },
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export interface PostResult {
  status: number;
  body: any;
}

export async function postActivity(url: string, body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed };
}

/** Texts of the message activities returned by an expectReplies turn. */
export function replyTexts(result: PostResult): string[] {
  return ((result.body?.activities ?? []) as { type: string; text?: string }[]).filter((a) => a.type === 'message').map((a) => a.text ?? '');
}
