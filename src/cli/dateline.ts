import { ConfigError, loadConfig } from '../kernel/config.js';
import { silentLogger } from '../kernel/logger.js';
import { RUNNING_CODE } from '../kernel/project-root.js';
import { buildServices, serve } from '../main.js';
import { isEmpty, seedArchive, seedDemo } from '../modules/demo/index.js';
import { reindexAll } from '../modules/search/index.js';
import { parseArgs } from './parse-args.js';
import { newslettersCommand } from './newsletter-commands.js';
import { createDemoStaff, keysCommand, newsroomHint, staffCommand } from './newsroom-commands.js';

const HELP = `dateline: a publishing platform for independent newsrooms

Usage:
  dateline serve [--demo]        migrate, then serve the site and run jobs (PORT, default 3000);
                                 --demo seeds the demo outlet into an empty database first
  dateline worker                run background jobs only (scheduled publishing, sends, webhooks),
                                 for scaling out beside web processes on PostgreSQL
  dateline migrate               bring the database schema up to date
  dateline seed [--articles N]   seed the demo outlet into an empty database; with --articles,
                                 also add N synthetic archive articles (for benchmarks)
  dateline search reindex        rebuild the full-text search index from the articles
  dateline staff create --email E --role R [--name N] [--author SLUG] [--with-password]
                                 add a newsroom account (role: contributor, author, editor or
                                 admin); prints a one-time sign-in link, or a generated password
  dateline staff link --email E  print a fresh one-time sign-in link for an account
  dateline keys create --name N [--role R]
                                 create an Admin API key and print it (shown once)
  dateline newsletters import-suppressions FILE
                                 stop newsletter mail to the addresses in FILE (one per line)
  dateline newsletters webhook-url
                                 print the URL for the mail provider's bounce/complaint webhook

Configuration is read from the environment: PORT, HOST, PUBLIC_URL, DATA_DIR, DATABASE_URL,
SMTP_URL, MAIL_FROM, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE, LOG_LEVEL.`;

function progress(label: string) {
  let last = 0;
  return (done: number, total?: number) => {
    const t = Date.now();
    if (t - last < 250 && done !== total) return;
    last = t;
    process.stderr.write(`\r${label} ${done}${total ? `/${total}` : ''}   `);
    if (done === total) process.stderr.write('\n');
  };
}

/** A progress bar on stderr: "Label [#####.....]  52%  52000/100000". */
function progressBar(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    const t = Date.now();
    if (t - last < 200 && done !== total) return;
    last = t;
    const share = total ? done / total : 1;
    const filled = Math.round(share * 30);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done}/${total}   `);
    if (done === total) process.stderr.write('\n');
  };
}

/** Rebuilds the search index; bulk inserts (the synthetic archive, imports) emit no events. */
async function reindexCommand(services: Awaited<ReturnType<typeof buildServices>>) {
  const started = Date.now();
  const { indexed } = await reindexAll({ db: services.database.db, index: services.search }, progressBar('Indexing articles for search:'));
  console.log(`Indexed ${indexed} articles for search in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function seedCommand(options: Record<string, string | true>, services: Awaited<ReturnType<typeof buildServices>>) {
  const deps = { db: services.database.db, clock: services.clock, events: services.events, dataDir: services.config.dataDir };
  if (await isEmpty(deps.db)) {
    const result = await seedDemo(deps, progress('Seeding the demo outlet:'));
    console.log(`Seeded the demo outlet: ${result.articles} articles.`);
  } else if (options.articles === undefined) {
    console.log('The database already has articles; the demo outlet was not seeded again.');
  }
  if (options.articles !== undefined) {
    const n = Number(options.articles);
    if (!Number.isInteger(n) || n < 1 || n > 5_000_000) throw new ConfigError('--articles', 'must be a whole number between 1 and 5000000');
    const started = Date.now();
    const report = progress('Adding archive articles:');
    await seedArchive(deps, n, (done) => report(done, n));
    console.log(`Added ${n} archive articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    await reindexCommand(services);
  }
}

export async function run(argv: string[]): Promise<void> {
  const { command, options } = parseArgs(argv);
  const [name] = command;
  if (!name || name === 'help' || options.help) {
    console.log(HELP);
    return;
  }
  const config = loadConfig();
  switch (name) {
    case 'serve': {
      const services = await buildServices(config);
      let newsroom = newsroomHint(services);
      if (options.demo && (await isEmpty(services.database.db))) {
        await seedCommand({}, services);
        newsroom = await createDemoStaff(services);
      }
      await serve(services);
      console.log(`\n  ${config.siteName} is running at ${config.publicUrl}\n${newsroom}\n`);
      return;
    }
    case 'worker': {
      const services = await buildServices(config);
      services.jobs.start({ keepAlive: true });
      services.log.info({ workerId: services.jobs.workerId, code: RUNNING_CODE }, 'worker started');
      const stop = async () => {
        await services.jobs.stop();
        await services.mailer.close();
        await services.newsletters.mailer.close();
        await services.database.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop());
      process.once('SIGINT', () => void stop());
      return;
    }
    case 'migrate': {
      const services = await buildServices(config, { log: silentLogger() });
      console.log('The database schema is up to date.');
      await services.database.close();
      return;
    }
    case 'seed': {
      const services = await buildServices(config, { log: silentLogger() });
      await seedCommand(options, services);
      await services.database.close();
      return;
    }
    case 'search': {
      if (command[1] !== 'reindex') throw new ConfigError(`search ${command[1] ?? ''}`.trim(), 'needs a subcommand: "dateline search reindex"');
      const services = await buildServices(config, { log: silentLogger() });
      await reindexCommand(services);
      await services.database.close();
      return;
    }
    case 'newsletters': {
      const services = await buildServices(config, { log: silentLogger() });
      try {
        await newslettersCommand(command[1], command.slice(2), services);
      } finally {
        await services.database.close();
      }
      return;
    }
    case 'staff':
    case 'keys': {
      const services = await buildServices(config, { log: silentLogger() });
      try {
        await (name === 'staff' ? staffCommand : keysCommand)(command[1], options, services);
      } finally {
        await services.database.close();
      }
      return;
    }
    default:
      throw new ConfigError(name, `is not a dateline command. Run "dateline help" to see the commands.`);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`dateline: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
