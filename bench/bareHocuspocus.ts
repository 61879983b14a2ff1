// The reference: Hocuspocus 4 with default settings and no hooks or extensions.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true });
await server.listen();
// Outside Hocuspocus: the benchmark asks over the IPC channel (when it opened one) how many documents are loaded.
process.on('message', (message: unknown) => {
  if (message === 'metrics') {
    process.send?.({
      documentsLoaded: server.hocuspocus.getDocumentsCount(),
      connections: server.hocuspocus.getConnectionsCount(),
      heapUsedBytes: process.memoryUsage().heapUsed,
    });
  }
});
console.log('ready');
