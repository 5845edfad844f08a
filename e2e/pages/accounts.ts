// Page objects for a person's own account: the verification banner and the mailed links
// (read from the tests' SMTP server through ../mailbox), "forgot password", and My account's
// profile, password and sessions.
import { expect, type Locator, type Page } from '@playwright/test';
import { lastMailTo, linkIn, mailCount } from '../mailbox';

const VERIFY_SUBJECT = /Confirm your email address/;
const RESET_SUBJECT = /Reset your password/;

export class Verification {
  constructor(private readonly page: Page) {}

  /** The banner every page shows while the address is unconfirmed. */
  banner(): Locator {
    return this.page.getByTestId('verify-banner');
  }

  /** How many verification mails `email` has received (take it before an action that sends). */
  sent(email: string): number {
    return mailCount(email, VERIFY_SUBJECT);
  }

  /** Asks for the link again from the banner and waits for the answer. */
  async resend(): Promise<string> {
    await this.banner().getByTestId('verify-resend').click();
    const result = this.page.getByTestId('verify-resend-result');
    await expect(result).toBeVisible();
    return (await result.textContent()) ?? '';
  }

  /**
   * Opens the newest verification link mailed to `email` (after `after` earlier ones) and
   * waits for the page to say the address is confirmed.
   */
  async confirmFromMail(email: string, after = 0) {
    const mail = await lastMailTo(email, { subject: VERIFY_SUBJECT, after });
    await this.page.goto(linkIn(mail, '/verify-email'));
    await expect(this.page.getByTestId('verify-result')).toHaveAttribute('data-state', 'done');
  }
}

export class PasswordReset {
  constructor(private readonly page: Page) {}

  sent(email: string): number {
    return mailCount(email, RESET_SUBJECT);
  }

  /** "Forgot password?" from the login page; returns what the page answers. */
  async ask(email: string): Promise<string> {
    await this.page.goto('/login');
    await this.page.getByTestId('forgot-link').click();
    await expect(this.page).toHaveURL(/\/forgot-password$/);
    await this.page.getByTestId('forgot-email').fill(email);
    await this.page.getByTestId('forgot-submit').click();
    const sent = this.page.getByTestId('forgot-sent');
    await expect(sent).toBeVisible();
    return (await sent.textContent()) ?? '';
  }

  /** Opens the newest reset link mailed to `email` and sets `password`. */
  async resetFromMail(email: string, password: string, after = 0) {
    const mail = await lastMailTo(email, { subject: RESET_SUBJECT, after });
    await this.page.goto(linkIn(mail, '/reset-password'));
    await this.page.getByTestId('reset-password').fill(password);
    await this.page.getByTestId('reset-password-again').fill(password);
    await this.page.getByTestId('reset-submit').click();
    await expect(this.page.getByTestId('reset-done')).toBeVisible();
  }
}

export class MyAccount {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/account');
    await expect(this.page.getByTestId('profile-form')).toBeVisible();
  }

  async saveProfile(changes: { name?: string; email?: string; timeZone?: string }) {
    if (changes.name !== undefined) await this.page.getByTestId('profile-name').fill(changes.name);
    if (changes.email !== undefined) await this.page.getByTestId('profile-email').fill(changes.email);
    if (changes.timeZone !== undefined) {
      await this.page.getByTestId('profile-time-zone').fill(changes.timeZone);
    }
    await this.page.getByTestId('profile-save').click();
    await expect(this.page.getByTestId('profile-saved')).toBeVisible();
  }

  sessions(): Locator {
    return this.page.getByTestId('session-item');
  }

  thisDevice(): Locator {
    return this.sessions().filter({ has: this.page.getByTestId('session-current') });
  }

  /** Signs out everywhere, confirming first; lands on the login page, which says so. */
  async signOutEverywhere() {
    await this.page.getByTestId('sign-out-everywhere').click();
    await this.page.getByTestId('sign-out-everywhere-confirm').click();
    await expect(this.page.getByTestId('signed-out-notice')).toBeVisible();
    await expect(this.page.getByTestId('nav-login')).toBeVisible();
  }
}
