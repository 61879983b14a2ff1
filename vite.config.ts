import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const serverPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev:client` proxies the API and the socket to a running server.
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/collab': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
  test: {
    root: '.',
    include: ['{shared,server,client,tests}/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration and browser tests spawn servers and Chromium: two cores only.
    maxWorkers: 2,
  },
});
