// `npm start`: load the configuration, build the services, listen, print the URL to open.
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ConfigError, loadConfig, publicUrl } from './config.js';
import { buildContainer } from './container.js';
import { rootLogger } from './platform/logger.js';
import { describeError } from './platform/errorLog.js';

// Signals are handled from the very start: during start-up nothing has been accepted yet, so the
// process simply exits; once listening, it stops accepting, drains and releases the services.
let stopHandler: ((signal: string) => void) | undefined;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => (stopHandler ? stopHandler(signal) : process.exit(0)));
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const started = Date.now();
  const services = await buildContainer(config);
  const { server, close } = createApp(services);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = publicUrl(config, port);
  services.logger.info(
    { port, stateStore: config.STATE_STORE, auth: config.MicrosoftAppId ? 'azure' : 'local', startupMs: Date.now() - started },
    'listening',
  );
  console.log(`\n  Assistant CEP prêt : ouvrez ${url}/ dans votre navigateur.`);
  console.log(`  CEP assistant ready: open ${url}/ (Bot Framework endpoint: ${url}/api/messages)\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    services.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  stopHandler = stop;
}

main().catch((err: Error) => {
  // Start-up errors carry no user data: log them in full so the operator can act.
  console.error(err);
  rootLogger.fatal({ err: describeError(err) }, 'start-up failed');
  process.exit(1);
});
