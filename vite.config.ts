import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/vite-csp-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), cspPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 5173 },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'test-support/**/*.test.ts',
      'bench/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'threads',
    // CI shares two cores with builds and browsers: property and plant-scale tests that take 1–2 s
    // on an idle machine take 5–15 s there. Time limits catch hangs, not slowness (benchmarks do).
    testTimeout: 30_000,
  },
});
