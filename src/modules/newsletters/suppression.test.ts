import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEmailEvents } from './suppression.js';

describe('parseEmailEvents', () => {
  it('reads hard bounces and complaints from the common providers, ignoring soft bounces', () => {
    const ses = { Type: 'Notification', Message: JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'gone@example.org' }] } }) };
    const sesSoft = { Type: 'Notification', Message: JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'busy@example.org' }] } }) };
    const mailgun = { 'event-data': { event: 'failed', severity: 'permanent', recipient: 'mg@example.org' } };
    const mailgunTemp = { 'event-data': { event: 'failed', severity: 'temporary', recipient: 'later@example.org' } };
    const postmark = { RecordType: 'SpamComplaint', Email: 'pm@example.org' };
    const sendgrid = [{ event: 'bounce', email: 'sg@example.org', type: 'bounce' }, { event: 'delivered', email: 'fine@example.org' }];
    const generic = { email: 'plain@example.org', type: 'complaint' };
    const events = [ses, sesSoft, mailgun, mailgunTemp, postmark, ...sendgrid, generic].flatMap((b) => parseEmailEvents(b));
    assert.deepEqual(
      events.map((e) => [e.email, e.reason]),
      [
        ['gone@example.org', 'hard-bounce'],
        ['mg@example.org', 'hard-bounce'],
        ['pm@example.org', 'complaint'],
        ['sg@example.org', 'hard-bounce'],
        ['plain@example.org', 'complaint'],
      ],
    );
  });

  it('ignores malformed bodies', () => {
    for (const body of [null, 'text', 42, { Type: 'Notification', Message: '{not json' }, [{}]]) assert.deepEqual(parseEmailEvents(body), []);
  });
});
