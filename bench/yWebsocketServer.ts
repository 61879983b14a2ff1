// The y-websocket server itself (`@y/websocket-server`, the reference server of the y-websocket
// provider), as its own `y-websocket-server` binary runs it: one shared Y.Doc and awareness per room
// (the path), memory only (no YPERSISTENCE), no authentication. Listening on loopback at PORT.
import { createServer } from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const sockets = new WebSocketServer({ noServer: true });
sockets.on('connection', setupWSConnection);
const server = createServer((_request, response) => response.end('okay'));
server.on('upgrade', (request, socket, head) => sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request)));
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
