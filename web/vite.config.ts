import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The workbench: web/ is the root, the build goes to web/dist, which `tessera serve` serves
 * (src/server/web-assets.ts). In development `vite --config web/vite.config.ts` proxies /api to
 * a running `tessera serve` on TESSERA_API (default http://127.0.0.1:7878).
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    reportCompressedSize: false,
    // the model's schemas are built by calls to zod at module level: marked pure, those the
    // workbench never reads are left out of the bundle (src/model is imported through its index)
    rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
  },
  server: {
    proxy: { '/api': process.env.TESSERA_API ?? 'http://127.0.0.1:7878' },
  },
});
