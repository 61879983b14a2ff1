// The reference: Hocuspocus 4 with default settings and no hooks or extensions.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true });
await server.listen();
console.log('ready');
