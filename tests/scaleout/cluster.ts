import { ServerProcess } from '../support/serverProcess';
import { PostgresServer, RedisServer } from './services';

/**
 * PostgreSQL + Redis on loopback and any number of real server processes
 * (`npm start`'s `server/main.ts` in child processes) sharing them.
 */
export class ScaleoutCluster {
  readonly instances: ServerProcess[] = [];

  private constructor(
    readonly postgres: PostgresServer,
    readonly redis: RedisServer,
    readonly databaseUrl: string,
    private readonly extraEnv: Record<string, string>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<ScaleoutCluster> {
    const postgres = await PostgresServer.start();
    let redis: RedisServer;
    try {
      redis = await RedisServer.start();
    } catch (error) {
      await postgres.stop();
      throw error;
    }
    const databaseUrl = await postgres.createDatabase('hyte');
    return new ScaleoutCluster(postgres, redis, databaseUrl, env);
  }

  get env(): Record<string, string> {
    return { DATABASE_URL: this.databaseUrl, REDIS_URL: this.redis.url, ...this.extraEnv };
  }

  /** Starts one more server process on the shared database and Redis. */
  async instance(env: Record<string, string> = {}): Promise<ServerProcess> {
    const server = await ServerProcess.start({ ...this.env, ...env });
    this.instances.push(server);
    return server;
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.map((server) => server.destroy().catch(() => undefined)));
    await this.redis.stop().catch(() => undefined);
    await this.postgres.stop();
  }
}
