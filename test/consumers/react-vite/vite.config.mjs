import { defineConfig } from 'vite';

// No React plugin: the automatic JSX runtime is all this app needs.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
