// Console accounts in Redis: one hash of id → JSON and one hash of e-mail → id.
import type { ConsoleUser } from './consoleUser.js';
import { asString, type ConsoleRedis } from './consoleRedis.js';
import { DuplicateEmailError, type ConsoleUserStore } from './userStore.js';
import { canonicalEmail } from '../../knowledge/shared/contactDetails.js';

export class RedisConsoleUserStore implements ConsoleUserStore {
  private readonly usersKey: string;
  private readonly emailsKey: string;

  constructor(
    private readonly redis: ConsoleRedis,
    prefix = 'cep:',
  ) {
    this.usersKey = `${prefix}console:users`;
    this.emailsKey = `${prefix}console:user-emails`;
  }

  async findById(id: string): Promise<ConsoleUser | undefined> {
    const raw = asString(await this.redis.hGet(this.usersKey, id));
    return raw ? (JSON.parse(raw) as ConsoleUser) : undefined;
  }

  async findByEmail(email: string): Promise<ConsoleUser | undefined> {
    const id = asString(await this.redis.hGet(this.emailsKey, canonicalEmail(email)));
    return id ? this.findById(id) : undefined;
  }

  async list(): Promise<ConsoleUser[]> {
    const all = (await this.redis.hGetAll(this.usersKey)) as Record<string, string>;
    return Object.values(all).map((raw) => JSON.parse(raw) as ConsoleUser);
  }

  async save(user: ConsoleUser): Promise<void> {
    const stored = { ...user, email: canonicalEmail(user.email) };
    const owner = asString(await this.redis.hGet(this.emailsKey, stored.email));
    if (owner && owner !== stored.id) throw new DuplicateEmailError(stored.email);
    const previous = await this.findById(stored.id);
    await this.redis.hSet(this.usersKey, stored.id, JSON.stringify(stored));
    await this.redis.hSet(this.emailsKey, stored.email, stored.id);
    if (previous && previous.email !== stored.email) await this.redis.hDel(this.emailsKey, previous.email);
  }
}
