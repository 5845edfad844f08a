// Page objects for the bell and notifications, "My account", the activity feed, API keys and
// the admin tools. The tests speak of what a person does; the selectors (test ids) live here.
import { expect, type Locator, type Page } from '@playwright/test';

export class Bell {
  constructor(private readonly page: Page) {}

  /** The unread count on the bell; absent when nothing is unread. */
  count(): Locator {
    return this.page.getByTestId('bell-count');
  }

  async expectUnread(n: number, timeout?: number) {
    if (n === 0) {
      await expect(this.count()).toHaveCount(0, { timeout });
    } else {
      await expect(this.count()).toHaveText(String(n), { timeout });
    }
  }

  async open() {
    await this.page.getByTestId('nav-bell').click();
    await expect(this.page).toHaveURL(/\/notifications$/);
  }
}

export class NotificationsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/notifications');
    await expect(this.page.getByTestId('notifications-unread')).toBeVisible();
  }

  items(): Locator {
    return this.page.getByTestId('notification-item');
  }

  item(text: string): Locator {
    return this.items().filter({ hasText: text });
  }

  /** Reloads the page until a notification with `text` is there (the worker writes it). */
  async waitFor(text: string) {
    await expect(async () => {
      await this.open();
      await expect(this.item(text)).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    return this.item(text);
  }

  async markAllRead() {
    await this.page.getByTestId('notifications-read-all').click();
    await expect(this.page.getByTestId('notifications-status')).toBeVisible();
  }
}

export class AccountPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-account').click();
    await expect(this.page).toHaveURL(/\/account$/);
    await expect(this.page.getByTestId('prefs-save')).toBeVisible();
  }

  choice(kind: string, delivery: 'immediate' | 'weekly' | 'never'): Locator {
    return this.page.getByTestId(`pref-${kind}-${delivery}`);
  }

  async choose(kind: string, delivery: 'immediate' | 'weekly' | 'never') {
    await this.choice(kind, delivery).check();
  }

  async save() {
    await this.page.getByTestId('prefs-save').click();
    await expect(this.page.getByTestId('prefs-saved')).toBeVisible();
    return this.page.getByTestId('prefs-saved');
  }
}

export class ActivityFeed {
  constructor(private readonly page: Page) {}

  item(text: string): Locator {
    return this.page.getByTestId('activity-item').filter({ hasText: text });
  }
}

export interface NewKey {
  name: string;
  scopes: string[];
  /** `YYYY-MM-DD`, or nothing for a key that does not expire. */
  expires?: string;
}

/** A table of keys, under My organisation or at /admin/api-keys. */
export class KeyList {
  constructor(protected readonly page: Page) {}

  row(name: string): Locator {
    return this.page.getByTestId('apikey-item').filter({ hasText: name });
  }

  /** Revokes the key after the confirmation, which must say what happens. */
  async revoke(name: string) {
    const row = this.row(name);
    await row.getByTestId('apikey-revoke').click();
    const confirm = row.getByTestId('apikey-revoke-confirm');
    await expect(confirm).toBeFocused();
    await expect(row).toContainText('refused from now on (HTTP 401)');
    await confirm.click();
    await expect(this.page.getByTestId('apikey-message')).toContainText(`“${name}” is revoked`);
    await expect(this.row(name)).toHaveAttribute('data-state', 'revoked');
    await expect(this.row(name).getByTestId('apikey-revoke')).toHaveCount(0);
  }
}

export class ApiKeysSection extends KeyList {
  async open() {
    await this.page.goto('/my-organisation');
    await expect(this.page.getByTestId('apikeys')).toBeVisible();
    await expect(this.page.getByTestId('apikey-create')).toBeEnabled();
  }

  /** Creates a key and returns its secret, read from the page that shows it once. */
  async create(k: NewKey): Promise<string> {
    await this.page.getByTestId('apikey-name').fill(k.name);
    for (const scope of k.scopes) {
      await this.page.getByTestId(`apikey-scope-${scope}`).check();
    }
    if (k.expires) {
      await this.page.getByTestId('apikey-expires').fill(k.expires);
    }
    await this.page.getByTestId('apikey-create').click();
    const secret = this.page.getByTestId('apikey-secret');
    await expect(secret).toHaveText(/^twk_\S+$/);
    await expect(this.row(k.name)).toHaveAttribute('data-state', 'active');
    return (await secret.textContent())!.trim();
  }

  async dismissSecret() {
    await this.page.getByTestId('apikey-done').click();
    await expect(this.page.getByTestId('apikey-secret')).toHaveCount(0);
  }
}

export class AdminTools {
  constructor(private readonly page: Page) {}

  async openFromDashboard(tile: 'moderation' | 'jobs' | 'mail' | 'api-keys') {
    await this.page.getByTestId('nav-admin').click();
    await this.page.getByTestId(`tile-${tile}`).click();
    await expect(this.page).toHaveURL(new RegExp(`/admin/${tile}`));
  }

  mail(recipient: string): Locator {
    return this.page.getByTestId('mail-item').filter({ hasText: recipient });
  }

  /** Shows only the mails of one status (kept in the address). */
  async filterMail(status: 'queued' | 'sent' | 'kept' | 'failed') {
    await this.page.getByTestId('mail-status-filter').selectOption(status);
    await expect(this.page).toHaveURL(new RegExp(`/admin/mail\\?status=${status}$`));
  }

  /** The mails listed whose status is not `status`. */
  mailNotIn(status: string): Locator {
    return this.page.locator(`[data-testid="mail-item"]:not([data-status="${status}"])`);
  }
}
