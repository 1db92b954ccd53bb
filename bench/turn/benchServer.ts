// Child process of the turn bench: the real server stack (container + express + CloudAdapter) with
// either the CEP bot or a minimal botbuilder echo bot (the floor). Prints its port on stdout.
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { buildContainer } from '../../server/container.js';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity('Bonjour !');
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Écho : ${context.activity.text}`);
      await next();
    });
  }
}

const kind = process.argv[2] ?? 'cep';
const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
const services = await buildContainer(config, kind === 'echo' ? { bot: () => new EchoBot() } : {});
const { server, close } = createApp(services);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  close().then(() => process.exit(0));
});
