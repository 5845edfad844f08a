// Page objects for the people of an organisation: invitations mailed as links (read from the
// tests' SMTP server through ../mailbox), the join page they open, the members table with its
// role and removal actions, and the network admins' people list.
import { expect, type Locator, type Page } from '@playwright/test';
import { lastMailTo, linkIn } from '../mailbox';

const INVITATION_SUBJECT = /invites you to join it on Twinning/;

export class Members {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/my-organisation');
    await expect(this.page.getByTestId('member-item').first()).toBeVisible();
  }

  row(email: string): Locator {
    return this.page.locator(`[data-testid="member-item"][data-email="${email}"]`);
  }

  /** Sends an invitation from My organisation; returns what the page says it did. */
  async invite(email: string): Promise<string> {
    await this.page.getByTestId('invite-email').fill(email);
    await this.page.getByTestId('invite-create').click();
    const said = this.page.getByTestId('invite-message');
    await expect(said).toBeVisible();
    return (await said.textContent()) ?? '';
  }

  invitation(email: string): Locator {
    return this.page.locator(`[data-testid="invitation-item"][data-email="${email}"]`);
  }

  /** Removes a member, confirming when the page asks; returns what the page says it did. */
  async remove(email: string): Promise<string> {
    await this.row(email).getByTestId('member-remove').click();
    await this.row(email).getByTestId('member-remove-confirm').click();
    const said = this.page.getByTestId('members-message');
    await expect(said).toBeVisible();
    return (await said.textContent()) ?? '';
  }
}

export class JoinPage {
  constructor(private readonly page: Page) {}

  /** Opens the newest invitation link mailed to `email`; returns what the page offers. */
  async openFromMail(email: string): Promise<string> {
    const mail = await lastMailTo(email, { subject: INVITATION_SUBJECT });
    await this.page.goto(linkIn(mail, '/join/'));
    const offer = this.page.getByTestId('join-invites');
    await expect(offer).toBeVisible();
    return (await offer.textContent()) ?? '';
  }

  email(): Locator {
    return this.page.getByTestId('join-email');
  }

  async accept(name: string, password: string) {
    await this.page.getByTestId('join-name').fill(name);
    await this.page.getByTestId('join-password').fill(password);
    await this.page.getByTestId('join-submit').click();
    await expect(this.page).toHaveURL(/\/my-organisation$/);
    await expect(this.page.getByTestId('nav-logout')).toBeVisible();
  }
}

export class AdminPeople {
  constructor(private readonly page: Page) {}

  async search(words: string) {
    await this.page.goto('/admin/people');
    await this.page.getByTestId('people-q').fill(words);
    await this.page.getByTestId('people-find').click();
    await expect(this.page).toHaveURL(/\/admin\/people\?q=/);
  }

  person(email: string): Locator {
    return this.page.locator(`[data-testid="person"][data-email="${email}"]`);
  }
}
