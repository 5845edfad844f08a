// The mail the e2e server sent, as received by `mail-sink.mjs` (an SMTP server that
// scripts/e2e.sh starts beside it and points TWINNING_SMTP_URL at). Mail is delivered by the
// background worker, so readers poll until the expected message arrives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

export interface Mail {
  to: string[];
  from: string | null;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

function folder(): string {
  const dir = process.env.TWINNING_MAILBOX_DIR;
  if (!dir) {
    throw new Error('TWINNING_MAILBOX_DIR is unset: run the browser tests through scripts/e2e.sh');
  }
  return dir;
}

/** Every mail received so far, oldest first. */
export function allMail(): Mail[] {
  const dir = folder();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Mail);
}

function mailTo(address: string, subject?: RegExp): Mail[] {
  const wanted = address.toLowerCase();
  return allMail().filter(
    (m) => m.to.includes(wanted) && (subject === undefined || subject.test(m.subject)),
  );
}

/**
 * The newest mail to `address` (whose subject matches `subject`, when given), waiting up to
 * `timeout` ms for one to arrive. With `after`, only mail received after that many mails to the
 * address counts (take `mailCount(address)` before the action that sends).
 */
export async function lastMailTo(
  address: string,
  options: { subject?: RegExp; after?: number; timeout?: number } = {},
): Promise<Mail> {
  const { subject, after = 0, timeout = 20_000 } = options;
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        const mails = mailTo(address, subject);
        found = mails.length > after ? mails[mails.length - 1] : undefined;
        return found !== undefined;
      },
      { timeout, message: `a mail to ${address}${subject ? ` with subject ${subject}` : ''}` },
    )
    .toBe(true);
  return found as Mail;
}

/** How many mails `address` has received so far. */
export function mailCount(address: string, subject?: RegExp): number {
  return mailTo(address, subject).length;
}

/**
 * The first link in the mail's text whose path starts with `pathPrefix` (e.g. '/verify-email'),
 * as a path with its query, ready for `page.goto`.
 */
export function linkIn(mail: Mail, pathPrefix: string): string {
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) {
      return `${url.pathname}${url.search}${url.hash}`;
    }
  }
  throw new Error(`no link to ${pathPrefix} in the mail “${mail.subject}”:\n${mail.text}`);
}
