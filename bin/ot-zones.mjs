#!/usr/bin/env node
// The `ot-zones` command: the same domain module as the app, run from source through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
