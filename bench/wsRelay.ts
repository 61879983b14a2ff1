// The floor: a bare WebSocket relay that forwards every frame to the other sockets of the same room.
import { WebSocketServer, type WebSocket } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const server = new WebSocketServer({ port: Number(process.env.PORT), host: '127.0.0.1' });
server.on('connection', (socket, request) => {
  const room = request.url ?? '/';
  let peers = rooms.get(room);
  if (!peers) rooms.set(room, (peers = new Set()));
  peers.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const peer of peers) if (peer !== socket) peer.send(data, { binary: isBinary });
  });
  socket.on('close', () => peers.delete(socket));
});
server.on('listening', () => console.log('ready'));
