import { startServer } from './app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const started = Date.now();
  const server = await startServer(loadConfig());
  console.log(`Hyte-työtila listening on ${server.url} (started in ${Date.now() - started} ms)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: storing pending changes and stopping…`);
    try {
      await server.stop();
      console.log('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      console.error('Stopping failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`Hyte-työtila could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
