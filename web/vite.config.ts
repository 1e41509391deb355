import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The workspace's React 19, not the root package's React 18 (which GraphiQL's explorer serves).
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // test/web/serving.test.ts reads the manifest for the weight of the first screen.
    manifest: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    // `npx vite` in web/ against a running server (npm start) for development.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
