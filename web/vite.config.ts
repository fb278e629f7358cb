import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards API calls to a pcmt started separately (see README.md).
const pcmt = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: pcmt, changeOrigin: false },
      '/healthz': { target: pcmt },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        // React and the router change with their versions, not with our pages: a chunk of their own stays
        // cached across our releases, and neither chunk passes Vite's 500 kB warning.
        manualChunks(id) {
          if (/[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
});
