#!/usr/bin/env node
// The `vakspiegel` command. Runs the TypeScript sources through tsx, so it works right after
// `npm install` without a build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
