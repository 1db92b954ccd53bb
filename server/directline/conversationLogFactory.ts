// Picks the conversation log implementation from the same setting as the bot state (STATE_STORE).
import { join, resolve } from 'node:path';
import type { RedisClient } from '../../bot/state/redisStorage.js';
import type { AppConfig } from '../config.js';
import type { ConversationLogStore } from './conversationLog.js';
import { FileConversationLogStore } from './conversationLog.file.js';
import { MemoryConversationLogStore } from './conversationLog.memory.js';
import { RedisConversationLogStore } from './conversationLog.redis.js';

export function createConversationLogStore(config: AppConfig, redis?: RedisClient): ConversationLogStore {
  switch (config.STATE_STORE) {
    case 'memory':
      return new MemoryConversationLogStore(config.STATE_TTL_SECONDS);
    case 'file':
      return new FileConversationLogStore(join(resolve(config.DATA_DIR), 'directline'), config.STATE_TTL_SECONDS);
    case 'redis':
      if (!redis) throw new Error('STATE_STORE=redis needs a Redis client (REDIS_URL)');
      return new RedisConversationLogStore(redis, config.REDIS_KEY_PREFIX, config.STATE_TTL_SECONDS);
  }
}
