import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export interface ReadMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
}

/**
 * The development outbox (DATA_DIR/outbox/*.eml) as a test reads it: each call to `take` returns
 * the one message that arrived for an address since the last look, parsed with mailparser.
 */
export class Outbox {
  private seen = new Set<string>();
  constructor(private readonly dataDir: string) {}

  private files(): string[] {
    try {
      return readdirSync(join(this.dataDir, 'outbox')).filter((f) => f.endsWith('.eml')).sort();
    } catch {
      return [];
    }
  }

  /** Every message not looked at yet. */
  async fresh(): Promise<ReadMail[]> {
    const out: ReadMail[] = [];
    for (const file of this.files()) {
      if (this.seen.has(file)) continue;
      this.seen.add(file);
      const parsed = await simpleParser(await readFile(join(this.dataDir, 'outbox', file)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
      out.push({ file, to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', language: parsed.headers.get('content-language') as string | undefined });
    }
    return out;
  }

  /** The single new message to `to`; fails when there is none or more than one. */
  async take(to: string): Promise<ReadMail> {
    const mails = (await this.fresh()).filter((m) => m.to === to);
    if (mails.length !== 1) throw new Error(`expected one new message to ${to}, found ${mails.length}`);
    return mails[0]!;
  }
}

/** The confirm link and the 6-digit code of a sign-in message. */
export function signInParts(mail: ReadMail): { link: string; path: string; token: string; code: string } {
  const link = /https?:\/\/[^\s]+\/account\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  const code = /^(\d{6})$/m.exec(mail.text);
  if (!link || !code) throw new Error(`no link or code in: ${mail.text}`);
  const url = new URL(link[0]);
  return { link: link[0], path: url.pathname + url.search, token: link[1]!, code: code[1]! };
}
