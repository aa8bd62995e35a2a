#!/usr/bin/env node
// Runs the compiled CLI (dist/ is built by `npm ci` through the prepare script).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
