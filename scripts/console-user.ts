// Creates or updates a console account.
//   npm run console:user -- --email c.dupont@ml-lyon.fr --role counsellor --structure milo:69382S00 --name "Claire Dupont"
// Password: --password (visible in shell history, avoid), CONSOLE_USER_PASSWORD, or typed at the prompt.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { createClient } from 'redis';
import { loadConfig } from '../server/config.js';
import { consoleUsesRedis, createConsoleStores } from '../server/console/consoleStores.js';
import { ConsoleUserInputError, upsertConsoleUser } from '../server/console/userService.js';
import type { ConsoleRole } from '../server/console/consoleUser.js';
import { assignableStructures, regionsOfStructure } from '../server/console/accountAdministration.js';
import { allRegions } from '../server/console/structureRegions.js';
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { createOperatorDirectory } from '../knowledge/operators/createOperatorDirectory.js';

const USAGE = `Usage: npm run console:user -- --email <e-mail> --role counsellor|supervisor|admin
         [--structure <structure id>] [--region <region code>] [--name "<display name>"] [--password <pw>]
  counsellor needs --structure (an id of the operator directory, e.g. milo:69382S00); supervisor needs --region.
  --structure-search <words> lists matching structure ids and exits.
  Password from --password, CONSOLE_USER_PASSWORD, or an interactive prompt (hidden).`;

let pipedLines: Promise<string[]> | undefined;
async function readPipedLines(): Promise<string[]> {
  pipedLines ??= (async () => {
    const lines: string[] = [];
    for await (const line of createInterface({ input: process.stdin })) lines.push(line);
    return lines;
  })();
  return pipedLines;
}

/** Hidden prompt on a terminal; with piped input, line n of stdin answers the n-th question. */
let asked = 0;
async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = await readPipedLines();
    const n = asked++;
    // No confirmation line piped: the confirmation is the password itself.
    return lines[n] ?? lines[0] ?? '';
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      structure: { type: 'string' },
      region: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'structure-search': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const config = loadConfig();
  // Structures come from the same directory as the server's (built-in snapshot or KB_DIR, plus the Region's file).
  const structures = () => assignableStructures(createOperatorDirectory(loadKnowledgeBase(config.KB_DIR), { regionDirectoryFile: config.REGION_DIRECTORY_FILE }).directory.structures());
  if (values['structure-search']) {
    const words = values['structure-search'].toLowerCase().split(/\s+/).filter(Boolean);
    const found = structures().filter((s) => words.every((w) => `${s.id} ${s.name}`.toLowerCase().includes(w)));
    for (const s of found.slice(0, 50)) console.log(`${s.id}\t${s.name}`);
    if (found.length === 0) console.error('No structure matches.');
    return found.length ? 0 : 1;
  }
  if (values.help || !values.email || !values.role) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let region = values.region;
  if (values.structure) {
    const structure = structures().find((s) => s.id === values.structure);
    if (!structure) {
      console.error(`Invalid input: structure "${values.structure}" is not in the operator directory (find its id with --structure-search).\n${USAGE}`);
      return 2;
    }
    region ??= regionsOfStructure(structure)[0];
  }
  if (region && !allRegions().includes(region)) {
    console.error(`Invalid input: region "${region}" is not a region code (INSEE, e.g. 84).\n${USAGE}`);
    return 2;
  }
  let password = values.password ?? process.env.CONSOLE_USER_PASSWORD;
  if (!password) {
    password = await promptHidden('Mot de passe (12 caractères minimum) : ');
    const again = await promptHidden('Confirmez le mot de passe : ');
    if (password !== again) {
      console.error('Les deux mots de passe ne correspondent pas.');
      return 1;
    }
  }
  const redis = consoleUsesRedis(config) ? createClient({ url: config.REDIS_URL }) : undefined;
  try {
    if (redis) await redis.connect();
    const stores = createConsoleStores(config, redis);
    const { user, created } = await upsertConsoleUser(
      stores.users,
      {
        email: values.email,
        password,
        role: values.role as ConsoleRole,
        displayName: values.name,
        structureId: values.structure,
        region,
      },
      stores.sessions,
    );
    console.log(
      `${created ? 'Created' : 'Updated'} ${user.role} ${user.email} (id ${user.id}` +
        `${user.structureId ? `, structure ${user.structureId}` : ''}${user.region ? `, region ${user.region}` : ''}) in the ${stores.kind} store.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ConsoleUserInputError) {
      console.error(`Invalid input: ${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  } finally {
    if (redis?.isOpen) await redis.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
