import { defineConfig } from 'vitest/config';

// Node suites: core, adapters and the demo backend. DOM suites run in real Chromium through
// @web/test-runner (web-test-runner.config.mjs). Both run on src/ through the `source` condition.
export default defineConfig({
  resolve: { conditions: ['source'] },
  // Node suites resolve through the SSR settings: without this they would load a stale dist/.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/{core,adapter-shopify,adapter-vendure,demo-backend}/{src,test}/**/*.test.ts',
      'scripts/**/*.test.{ts,mjs}',
      'examples/test/**/*.test.ts',
      'packages/{react,vue}/src/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    pool: 'forks',
  },
});
