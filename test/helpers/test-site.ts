import type { FastifyInstance } from 'fastify';
import type { DialectName } from '../../src/db/database-handle.js';
import { ManualClock } from '../../src/kernel/clock.js';
import { loadConfig } from '../../src/kernel/config.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { buildApp, buildServices, type Services } from '../../src/main.js';
import { createTestDatabase, type TestDatabase } from './test-databases.js';

export interface TestSite {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  clock: ManualClock;
  close(): Promise<void>;
}

/** The whole application on a fresh database, for `app.inject()` tests. */
export async function createTestSite(dialect: DialectName, env: Record<string, string> = {}, now = '2026-11-20T12:00:00.000Z'): Promise<TestSite> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig({ PUBLIC_URL: 'https://ledger.test', DATA_DIR: database.dataDir, LOG_LEVEL: 'silent', ...env });
  const clock = new ManualClock(now);
  const services = await buildServices(config, { log: silentLogger(), clock, database: database.handle });
  const app = await buildApp(services);
  await app.ready();
  return {
    app,
    services,
    database,
    clock,
    async close() {
      await app.close();
      await services.jobs.stop();
      await services.mailer.close();
      await services.newsletters.mailer.close();
      await database.drop();
    },
  };
}
