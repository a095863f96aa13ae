/** The demo outlet ("The Levant Ledger") and the synthetic archive for benchmarks. */
export { seedDemo, isEmpty, demoArticles, type SeedDeps } from './seed-demo.js';
export { seedArchive } from './seed-archive.js';
