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
  },
});
