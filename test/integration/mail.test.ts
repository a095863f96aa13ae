import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { createMailer } from '../../src/modules/mail/index.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

describe('mail', () => {
  let sink: SmtpSink;
  let dataDir: string;
  before(async () => {
    sink = await startSmtpSink();
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-mail-'));
  });
  after(async () => {
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers over SMTP with text and HTML parts and custom headers', async () => {
    const mailer = createMailer({ smtpUrl: sink.url, from: 'The Levant Ledger <news@ledger.test>', dataDir });
    await mailer.send({ to: 'reader@example.org', subject: 'Your sign-in link', text: 'Open this link to sign in.', html: '<p>Open this link to sign in.</p>', headers: { 'X-Dateline-Kind': 'sign-in' }, language: 'en' });
    await mailer.close();
    const message = sink.messages.at(-1)!;
    assert.equal(message.subject, 'Your sign-in link');
    assert.equal(message.text?.trim(), 'Open this link to sign in.');
    assert.equal(message.html, '<p>Open this link to sign in.</p>');
    assert.equal(message.headers.get('x-dateline-kind'), 'sign-in');
    assert.equal(message.headers.get('content-language'), 'en');
    assert.deepEqual(sink.recipients.at(-1), ['reader@example.org']);
  });

  it('writes to the outbox folder when SMTP_URL is unset', async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: 'news@ledger.test', dataDir });
    await mailer.send({ to: 'قارئ@example.org', subject: 'رابط تسجيل الدخول', text: 'افتح هذا الرابط.' });
    const files = readdirSync(join(dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
    assert.equal(files.length, 1);
    const parsed = await simpleParser(readFileSync(join(dataDir, 'outbox', files[0]!)));
    assert.equal(parsed.subject, 'رابط تسجيل الدخول');
    assert.equal(parsed.text?.trim(), 'افتح هذا الرابط.');
  });
});
