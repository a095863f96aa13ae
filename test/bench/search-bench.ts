/**
 * Search latency benchmark: `npm run bench:search`.
 *
 * Seeds the demo outlet plus BENCH_ARTICLES (default 100,000) synthetic archive articles with the
 * CLI (which rebuilds the search index afterwards), then times a fixed mix of ~200 queries
 * (English, Arabic with and without vowel marks, phrases, filters, date sorting, later pages)
 * in-process through the search operation, snippets included, and prints p50/p95 per database.
 * SQLite always; PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is set (in a fresh
 * database created beside it and dropped afterwards). Set BENCH_KEEP=1 to keep the data;
 * BENCH_SQLITE_DIR=<data dir> or BENCH_PG_URL=<url> time an already seeded database instead.
 * On SQLite the process's CPU time per query is printed too: the engine runs in-process, so it
 * shows the cost of a query apart from whatever else the machine is doing.
 * Target: p95 under 50 ms on SQLite. A benchmark, not a test: it prints, it does not assert.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/open-database.js';
import type { DatabaseHandle } from '../../src/db/database-handle.js';
import { systemClock } from '../../src/kernel/clock.js';
import { createSearchIndex, parseSearchParams, searchPosts } from '../../src/modules/search/index.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const KEEP = process.env.BENCH_KEEP === '1';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ENGLISH = [
  'desalination', 'central bank', 'wheat reserve', 'solar tariffs', 'port authority', 'groundwater permits',
  '"currency swap lines"', 'electricity subsidies', 'shipping insurers', 'container dwell times', 'rail spur',
  'data-centre zoning', 'tourism visas', 'reconstruction tenders', 'quarterly audit', 'officials', 'analysts noted',
  'ministry comment', 'grain traders deadline', 'farmers valley', '"provisional deal"', 'customs officials review',
  'chamber of commerce', 'university consortium', 'startups', 'beirut water', 'zebra crossing', 'independent economists',
];
const ARABIC = [
  'تحلية المياه', 'المصرف المركزي', 'احتياطي القمح', 'دعم الكهرباء', 'الطاقة الشمسية', 'هيئة الموانئ',
  'إعادة الإعمار', 'اعادة الاعمار', 'مَنَاقَصَات', 'التدقيق الفصلي', 'تجار الحبوب', 'الشركات الناشئة',
  'المياه الجوفية', 'رسوم الشحن', 'مزارعو الوادي', 'اتفاق مبدئي', 'المصـــرف', 'وزارة الطاقة',
];

interface Taxonomy {
  sections: string[];
  tags: string[];
  authors: string[];
}

/** ~200 query-string objects, deterministic: plain queries, then the same words with filters. */
function queryMix(t: Taxonomy): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const words = [...ENGLISH, ...ARABIC];
  words.forEach((q) => out.push({ q }));
  ENGLISH.forEach((q, i) => {
    out.push({ q, language: 'en', sort: i % 2 ? 'date' : 'relevance' });
    out.push({ q, type: ['analysis', 'memo', 'report', 'news'][i % 4]! });
    out.push({ q, section: t.sections[i % t.sections.length]!, from: '2024-01-01' });
    if (i % 2) out.push({ q, tag: t.tags[i % t.tags.length]! });
    else out.push({ q, author: t.authors[i % t.authors.length]! });
    if (i % 3 === 0) out.push({ q, page: '3' });
  });
  ARABIC.forEach((q, i) => {
    out.push({ q, language: 'ar' });
    if (i % 2) out.push({ q, sort: 'date', to: '2026-01-01' });
    else out.push({ q, type: 'news', tag: t.tags[i % t.tags.length]! });
  });
  return out.slice(0, 200);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function seed(env: Record<string, string>): void {
  console.log(`\nSeeding the demo outlet and ${ARTICLES.toLocaleString('en')} archive articles...`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/dateline.js'), 'seed', '--articles', String(ARTICLES)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`seeding failed with exit code ${result.status}`);
  console.log(`Seeded and indexed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function measure(label: string, handle: DatabaseHandle): Promise<void> {
  const db = handle.db;
  const [sections, tags, authors] = await Promise.all([
    db.selectFrom('sections').select('slug').execute(),
    db.selectFrom('tags').select('slug').limit(20).execute(),
    db.selectFrom('authors').select('slug').execute(),
  ]);
  const mix = queryMix({ sections: sections.map((s) => s.slug), tags: tags.map((s) => s.slug), authors: authors.map((s) => s.slug) });
  const deps = { db, index: createSearchIndex(handle), clock: systemClock };
  const run = async (query: Record<string, string>) => searchPosts(deps, parseSearchParams(query, { defaultLimit: 20, maxLimit: 50 }));
  for (const query of mix.slice(0, 20)) await run(query); // warm caches
  const times: number[] = [];
  const cpu: number[] = [];
  const slowest: { ms: number; query: Record<string, string> }[] = [];
  let results = 0;
  for (const query of mix) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const outcome = await run(query);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    times.push(ms);
    slowest.push({ ms, query });
    results += outcome.results.length;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  slowest.sort((a, b) => b.ms - a.ms);
  console.log(
    `\n${label}: ${mix.length} queries over ${(await deps.index.count()).toLocaleString('en')} indexed articles, ${(results / mix.length).toFixed(1)} results per page on average`,
  );
  console.log(`  p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms   max ${times.at(-1)!.toFixed(1)} ms`);
  if (handle.dialect === 'sqlite') console.log(`  CPU time: p50 ${percentile(cpu, 50).toFixed(1)} ms   p95 ${percentile(cpu, 95).toFixed(1)} ms`);
  const load = loadavg()[0]!;
  console.log(`  (load average ${load.toFixed(1)} on ${availableParallelism()} CPUs while measuring)`);
  console.log(`  slowest: ${slowest.slice(0, 3).map((s) => `${JSON.stringify(s.query)} ${s.ms.toFixed(0)} ms`).join('; ')}`);
}

async function benchSqlite(): Promise<void> {
  if (process.env.BENCH_SQLITE_DIR) {
    const handle = openDatabase({ databaseUrl: undefined, dataDir: process.env.BENCH_SQLITE_DIR });
    await measure('SQLite (FTS5)', handle);
    return handle.close();
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-search-bench-'));
  try {
    seed({ DATA_DIR: dataDir, DATABASE_URL: '' });
    const handle = openDatabase({ databaseUrl: undefined, dataDir });
    await measure('SQLite (FTS5)', handle);
    await handle.close();
  } finally {
    if (KEEP) console.log(`Kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres(base: string): Promise<void> {
  if (process.env.BENCH_PG_URL) {
    const handle = openDatabase({ databaseUrl: process.env.BENCH_PG_URL, dataDir: tmpdir() });
    await measure('PostgreSQL (tsvector + GIN)', handle);
    return handle.close();
  }
  const name = `dateline_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-search-bench-pg-'));
  try {
    seed({ DATA_DIR: dataDir, DATABASE_URL: url.toString() });
    const handle = openDatabase({ databaseUrl: url.toString(), dataDir });
    await measure('PostgreSQL (tsvector + GIN)', handle);
    await handle.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (KEEP) console.log(`Kept database ${name}`);
    else {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    }
  }
}

await benchSqlite();
const pgBase = process.env.BENCH_PG_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (pgBase && /^postgres(ql)?:/.test(pgBase)) await benchPostgres(pgBase);
else console.log('\nPostgreSQL skipped: set TEST_DATABASE_URL (or DATABASE_URL) to a postgres:// URL to include it.');
