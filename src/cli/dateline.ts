import { ConfigError, loadConfig } from '../kernel/config.js';
import { silentLogger } from '../kernel/logger.js';
import { buildServices, serve } from '../main.js';
import { isEmpty, seedArchive, seedDemo } from '../modules/demo/index.js';
import { parseArgs } from './parse-args.js';

const HELP = `dateline: a publishing platform for independent newsrooms

Usage:
  dateline serve [--demo]        migrate, then serve the site and run jobs (PORT, default 3000);
                                 --demo seeds the demo outlet into an empty database first
  dateline worker                run background jobs only (scheduled publishing, sends, webhooks),
                                 for scaling out beside web processes on PostgreSQL
  dateline migrate               bring the database schema up to date
  dateline seed [--articles N]   seed the demo outlet into an empty database; with --articles,
                                 also add N synthetic archive articles (for benchmarks)

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
      if (options.demo && (await isEmpty(services.database.db))) {
        await seedCommand({}, services);
      }
      await serve(services);
      console.log(`\n  ${config.siteName} is running at ${config.publicUrl}\n`);
      return;
    }
    case 'worker': {
      const services = await buildServices(config);
      services.jobs.start();
      services.log.info({ workerId: services.jobs.workerId }, 'worker started');
      const stop = async () => {
        await services.jobs.stop();
        await services.mailer.close();
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
