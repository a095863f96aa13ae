import { ensureDefaultTiers, createOffer } from '../src/modules/billing/index.js';
import { seedFixtureOutlet } from './fixtures/fixture-outlet.js';
import { deliver, sessionIdFrom } from './helpers/billing-helpers.js';
import { startFakeStripe } from './helpers/fake-stripe.js';
import { signedInReader } from './helpers/member-session.js';
import { Outbox } from './helpers/outbox.js';
import { createTestSite } from './helpers/test-site.js';
import { launchChromium, axeViolations } from './helpers/browser.js';

const fake = await startFakeStripe();
const site = await createTestSite('sqlite', { ...fake.env, PUBLIC_URL: 'http://127.0.0.1:39471' });
await seedFixtureOutlet(site.services);
await ensureDefaultTiers({ db: site.services.database.db, clock: site.clock });
await createOffer({ db: site.services.database.db, clock: site.clock }, { code: 'STAY50', kind: 'percent', amount: 50, durationMonths: 3, retention: true });
await createOffer({ db: site.services.database.db, clock: site.clock }, { code: 'WELCOME12', kind: 'percent', amount: 25, durationMonths: 12 });
const outbox = new Outbox(site.database.dataDir);
const reader = await signedInReader(site, outbox, 'nadia@example.org');
await reader.get('/membership');
const { events } = fake.completeCheckout(sessionIdFrom(await reader.post('/membership/checkout', { tier: 'member', interval: 'year' })), site.clock.now());
for (const e of events) await deliver(site, fake, e);
await site.app.listen({ port: 39471, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(site.app.server.address() as { port: number }).port}`;
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const [name, path, signed] of [['plans-en', '/membership?offer=WELCOME12', false], ['plans-ar', '/ar/membership?offer=WELCOME12', false], ['member-en', '/membership', true], ['cancel-ar', '/ar/membership/cancel', true], ['cancel-en', '/membership/cancel', true]] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    if (signed) await context.addCookies([...reader.cookies].map(([n, v]) => ({ name: n, value: v, url: base })));
    const page = await context.newPage();
    const res = await page.goto(base + path);
    await page.screenshot({ path: `/tmp/billing-shots/${name}-${width}.png`, fullPage: true });
    if (width === 1280) console.log(name, res?.status(), (await axeViolations(page)).join('\n'));
    await context.close();
  }
}
await browser.close();
await site.close();
await fake.close();
