/** The compiled CLI's entry point (scripts/build-cli.mjs bundles from here). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
