import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Vite builds the renderer into dist/renderer with relative URLs, so app://, http and file loads all resolve. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: false },
});
