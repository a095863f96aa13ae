import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import { lazy } from '../../kernel/lazy.js';
import { newId } from '../../kernel/ids.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  from?: string;
  replyTo?: string;
  headers?: Record<string, string>;
  /** Sets the Message-ID, so a retried send can be recognised downstream. */
  messageId?: string;
  /** Content-Language of the message. */
  language?: string;
  /** Force a transfer encoding for the text parts; base64 is cheaper to produce for large HTML sent many times. */
  textEncoding?: 'base64' | 'quoted-printable';
}

export interface MailResult {
  messageId: string;
}

/** Sends one message. Transports: SMTP (any provider) or, without SMTP_URL, a folder of .eml files. */
export interface Mailer {
  send(message: MailMessage): Promise<MailResult>;
  close(): Promise<void>;
  /** Where development mail lands, when it is the file outbox. */
  readonly outboxDir?: string;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  dataDir: string;
  /** Pooled SMTP connections (newsletters send many). */
  pool?: boolean;
  maxConnections?: number;
  /** Messages per second across the pool; unset means as fast as the server takes them. */
  rateLimit?: number;
  dkim?: { domainName: string; keySelector: string; privateKey: string };
}

const toNodemailer = (m: MailMessage, from: string) => ({
  from: m.from ?? from,
  to: m.to,
  subject: m.subject,
  text: m.text,
  html: m.html,
  replyTo: m.replyTo,
  headers: { ...(m.headers ?? {}), ...(m.language ? { 'Content-Language': m.language } : {}) },
  messageId: m.messageId,
  ...(m.textEncoding ? { textEncoding: m.textEncoding } : {}),
});

/**
 * The mailer named by configuration. Without SMTP_URL every message is written to
 * DATA_DIR/outbox/<time>-<id>.eml (atomically: written aside, then renamed), so development and
 * demos never need a mail server and nothing is lost.
 */
export function createMailer(options: MailerOptions): Mailer {
  // nodemailer (about 14 MB once loaded) is loaded with the first message, not at start: most
  // web processes send mail rarely, and a worker that has none to send never needs it.
  const transporter = (settings: object) => lazy(async (): Promise<Transporter> => (await import('nodemailer')).default.createTransport(settings));

  if (options.smtpUrl) {
    let opened = false;
    const smtp = transporter({
      url: options.smtpUrl,
      pool: options.pool ?? true,
      maxConnections: options.maxConnections ?? 5,
      ...(options.rateLimit ? { rateDelta: 1000, rateLimit: options.rateLimit } : {}),
      ...(options.dkim ? { dkim: options.dkim } : {}),
    });
    return {
      async send(message) {
        opened = true;
        const info = await (await smtp()).sendMail(toNodemailer(message, options.from));
        return { messageId: String(info.messageId) };
      },
      async close() {
        if (opened) (await smtp()).close();
      },
    };
  }
  const outboxDir = join(options.dataDir, 'outbox');
  const stream = transporter({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    outboxDir,
    async send(message) {
      const info = await (await stream()).sendMail(toNodemailer(message, options.from));
      await mkdir(outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`;
      const tmp = join(outboxDir, `.${name}.tmp`);
      await writeFile(tmp, info.message as Buffer);
      await rename(tmp, join(outboxDir, name));
      return { messageId: String(info.messageId) };
    },
    async close() {},
  };
}
