#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the CLI and the tests share the very same sources.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../cli/zxtally.ts');
process.exitCode = await main(process.argv.slice(2));
