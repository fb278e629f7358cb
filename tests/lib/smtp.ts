// A real SMTP receiver for the tests (the npm package smtp-server), on a random local port: it
// keeps every message it accepts, decoded enough to read (the subject's RFC 2047 word, the base64
// body), and can be told to refuse deliveries, as a mail server that is down would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  body: string;
}

export interface SmtpReceiver {
  port: number;
  mails: ReceivedMail[];
  /** While true, every message is refused with a temporary error (451). */
  refuse: boolean;
  /** A file of KEY=VALUE lines for `pcmt serve --mail-config`, pointing at this receiver. */
  configFile: string;
  stop(): Promise<void>;
}

function decode(raw: string): { subject: string; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const word = /^Subject: =\?UTF-8\?B\?([^?]*)\?=/m.exec(headers);
  const subject = word ? Buffer.from(word[1], 'base64').toString('utf8') : (/^Subject: (.*)$/m.exec(headers)?.[1] ?? '');
  const encoded = /^Content-Transfer-Encoding: base64/im.test(headers);
  const text = raw.slice(split + 4);
  return { subject, body: encoded ? Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8') : text };
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const receiver = { mails: [] as ReceivedMail[], refuse: false } as SmtpReceiver;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (receiver.refuse) {
          const err = new Error('Mailbox temporarily unavailable') as Error & { responseCode: number };
          err.responseCode = 451;
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        receiver.mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...decode(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.server.address() as AddressInfo).port;
  const dir = mkdtempSync(path.join(tmpdir(), 'pcmt-mail-'));
  receiver.configFile = path.join(dir, 'mail.conf');
  writeFileSync(receiver.configFile, [
    '# pcmt mail settings for a test run',
    `PCMT_SMTP_URL=smtp://127.0.0.1:${receiver.port}`,
    'PCMT_SMTP_FROM=pcmt@tinh.test',
    'PCMT_SMTP_TLS=off',
    'PCMT_PUBLIC_URL=https://pcmt.tinh.test/',
    'PCMT_MAIL_DIGEST_HOUR=off',
    '',
  ].join('\n'));
  receiver.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}
