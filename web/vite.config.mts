import { defineConfig } from 'vite';

// The citizen portal and the staff console. Run from the repository root (npm scripts do):
// `npm run build:web` writes dist/web, which the Nest app serves at / (src/infra/web).
// JSX goes through Vite's own oxc transform; no React plugin is needed for a build, and the
// dev server reloads the page instead of hot-swapping components.
export default defineConfig({
  root: 'web',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // dist/web/.vite/manifest.json: which chunks a page loads (web/scripts/bundle-report.mjs).
    manifest: true,
    // The portal's first load must stay small on a phone; a larger chunk is a regression.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components; a client-only
      // bundle has nothing to preserve, so the warning for each module is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' },
  },
});
