#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=50
// Runs the compiled server (dist/server, written by `npm start`'s prestart and by
// `npm run build`) when it was compiled from the sources in this checkout. Otherwise — a source
// file edited since, or never built — it runs the TypeScript sources through tsx's loader, so a
// checkout always runs what it holds. The compiled path skips tsx's loader thread and its
// transform cache: about 60 MB less memory for a long-running process (docs/adr/0005).
import { pathToFileURL } from 'node:url';
import { SERVER_ENTRY, serverBuildIsCurrent } from './server-build.js';

if (process.env.DATELINE_FROM_SOURCE !== '1' && serverBuildIsCurrent()) {
  await import(pathToFileURL(SERVER_ENTRY).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/dateline.ts');
}
