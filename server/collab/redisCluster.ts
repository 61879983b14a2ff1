import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { afterLoadDocumentPayload } from '@hocuspocus/server';
import type { Redis, RedisOptions } from 'ioredis';
import type { SocketContext } from './collabServer';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('redis');

/** What one server process tells the others about open sockets. */
export type ClusterSignal =
  | { type: 'session-ended'; sessionId: string }
  | { type: 'access-changed' }
  /** A stateless message for the sockets that hold the document (see `DocumentGateway.signal`). */
  | { type: 'stateless'; documentName: string; payload: string };

export interface RedisCluster {
  /** Hocuspocus' Redis extension: updates and awareness between processes, one store at a time. */
  extension: RedisExtension;
  /** Tells every other process; failures are logged (their sockets then keep their rights until they reconnect). */
  publish(signal: ClusterSignal): Promise<void>;
  /** Runs for signals from other processes (never for this process's own). */
  onSignal(handler: (signal: ClusterSignal) => void | Promise<void>): void;
  /** For state all processes share (login attempt counts). */
  commands: Redis;
  /** For `/api/ready`: rejects, saying which connection is down, unless Redis answers now. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const PREFIX = 'hyte';
const SIGNAL_CHANNEL = `${PREFIX}#signals`;
/** How long one process may hold a document's store lock; PostgreSQL serialises compactions anyway. */
const STORE_LOCK_MS = 5_000;

function clientOptions(): RedisOptions {
  return {
    // A command waits through a few reconnect attempts, then fails: a publish is logged, a compaction waits for the next change.
    maxRetriesPerRequest: 3,
    connectTimeout: 5_000,
    retryStrategy: (attempt) => Math.min(2_000, 50 * 2 ** attempt),
  };
}

/**
 * ioredis and Hocuspocus' Redis extension, loaded only when Redis is configured: a single process
 * does not carry them (some 10 MB of a fresh server's memory).
 */
async function loadRedis() {
  const [{ Redis }, { Redis: RedisExtension }] = await Promise.all([import('ioredis'), import('@hocuspocus/extension-redis')]);
  /** Hocuspocus' Redis extension; while Redis is away, a client opening a document is told to retry, not refused. */
  class DroppingRedisExtension extends RedisExtension {
    override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
      try {
        await super.afterLoadDocument(payload);
      } catch (error) {
        (payload.context as SocketContext | undefined)?.dropSocket?.();
        throw error;
      }
    }
  }
  return { Redis, DroppingRedisExtension };
}

/** Redis errors repeat on every reconnect attempt: log each client's first one and the recovery. */
function withQuietErrors(client: Redis, role: string): Redis {
  let failing = false;
  client.on('error', (error: Error) => {
    if (failing) return;
    failing = true;
    log.error({ role, err: error }, 'Redis connection failed; reconnecting');
  });
  client.on('ready', () => {
    if (!failing) return;
    failing = false;
    log.info({ role }, 'Redis connected again');
  });
  return client;
}

/**
 * Connects this process to the others through Redis. Refuses to start when
 * Redis cannot be reached at all, rather than serving plans that other
 * processes would not see being edited.
 */
export async function connectRedisCluster(url: string): Promise<RedisCluster> {
  const identifier = `${hostname().slice(0, 60)}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const { Redis, DroppingRedisExtension } = await loadRedis();
  const probe = new Redis(url, { ...clientOptions(), maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const where = new URL(url);
    throw new Error(`Redis at ${where.hostname}:${where.port || 6379} cannot be reached: ${(error as Error).message}`);
  } finally {
    probe.disconnect();
  }

  let created = 0;
  const extension = new DroppingRedisExtension({
    identifier,
    prefix: PREFIX,
    lockTimeout: STORE_LOCK_MS,
    createClient: () => withQuietErrors(new Redis(url, clientOptions()), `hocuspocus ${created++ === 0 ? 'publisher' : 'subscriber'}`),
  });

  const publisher = withQuietErrors(new Redis(url, clientOptions()), 'signal publisher');
  // A subscriber waits as long as it takes: it resubscribes by itself after a reconnect.
  const subscriber = withQuietErrors(new Redis(url, { ...clientOptions(), maxRetriesPerRequest: null }), 'signal subscriber');
  const handlers: ((signal: ClusterSignal) => void | Promise<void>)[] = [];
  subscriber.on('message', (channel: string, text: string) => {
    if (channel !== SIGNAL_CHANNEL) return;
    let message: { from: string; signal: ClusterSignal };
    try {
      message = JSON.parse(text) as { from: string; signal: ClusterSignal };
    } catch {
      return;
    }
    if (message.from === identifier) return;
    for (const handler of handlers) {
      Promise.resolve(handler(message.signal)).catch((error: unknown) => log.error({ err: error }, 'a signal handler failed'));
    }
  });
  await subscriber.subscribe(SIGNAL_CHANNEL);

  return {
    extension,
    async publish(signal) {
      try {
        await publisher.publish(SIGNAL_CHANNEL, JSON.stringify({ from: identifier, signal }));
      } catch (error) {
        log.error({ err: error, signal: signal.type }, 'could not tell the other processes');
      }
    },
    onSignal(handler) {
      handlers.push(handler);
    },
    commands: publisher,
    async ping() {
      // A command on a reconnecting client waits through its retries; the connection states answer at once.
      const clients = { 'update publisher': extension.pub, 'update subscriber': extension.sub, 'signal publisher': publisher, 'signal subscriber': subscriber };
      for (const [role, client] of Object.entries(clients)) {
        if (client.status !== 'ready') throw new Error(`Redis ${role} connection is ${client.status}`);
      }
      await publisher.ping();
    },
    async close() {
      // The extension's own clients close in its onDestroy hook.
      subscriber.disconnect();
      await publisher.quit().catch(() => publisher.disconnect());
    },
  };
}
