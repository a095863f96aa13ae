import { readFile } from 'node:fs/promises';
import { ConfigError } from '../kernel/config.js';
import { importSuppressions } from '../modules/newsletters/index.js';
import type { Services } from '../main.js';
import { emailEventsToken } from '../web/newsletters/newsletter-routes.js';

/**
 * `dateline newsletters import-suppressions FILE`: stop mail to the addresses in a file (one per
 * line, optionally `email,reason`), for lists exported from a previous provider.
 * `dateline newsletters webhook-url`: the address to give the mail provider for bounces and complaints.
 */
export async function newslettersCommand(sub: string | undefined, args: string[], services: Services): Promise<void> {
  if (sub === 'import-suppressions') {
    const file = args[0];
    if (!file) throw new ConfigError('newsletters import-suppressions', 'needs a file: "dateline newsletters import-suppressions bounces.csv"');
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigError(file, 'could not be read');
    });
    const { added, skipped } = await importSuppressions({ db: services.database.db, clock: services.clock }, text);
    console.log(`Suppressed ${added} new address${added === 1 ? '' : 'es'}; ${skipped} line${skipped === 1 ? '' : 's'} skipped (already suppressed or not an address).`);
    return;
  }
  if (sub === 'webhook-url') {
    console.log(`${services.config.publicUrl}/webhooks/email-events/${emailEventsToken(services.newsletters.signingKey)}`);
    return;
  }
  throw new ConfigError(`newsletters ${sub ?? ''}`.trim(), 'needs a subcommand: "import-suppressions FILE" or "webhook-url"');
}
