/**
 * Builds what `npm start` and `npm test` run: the newsroom app (Vite, into dist/newsroom) and the
 * compiled server (esbuild, into dist/server), each only when its sources changed since the last
 * build. `--force` rebuilds both.
 */
import { buildNewsroom } from './build-newsroom.js';
import { buildServer } from './build-server.js';

const force = process.argv.includes('--force');
const started = Date.now();
const [newsroom, server] = [await buildNewsroom({ force }), await buildServer({ force })];
const built = [newsroom === 'built' && 'the newsroom app (dist/newsroom)', server === 'built' && 'the server (dist/server)'].filter(Boolean);
console.log(built.length ? `Built ${built.join(' and ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Newsroom app and server are up to date (dist/).');
