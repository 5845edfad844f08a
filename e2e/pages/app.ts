// Page objects: the tests speak of what a person does; the selectors (test ids) live here.
import { expect, type Page } from '@playwright/test';

export class Header {
  constructor(private readonly page: Page) {}

  async logout() {
    await this.page.getByTestId('nav-logout').click();
    await expect(this.page.getByTestId('nav-login')).toBeVisible();
  }
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async login(email: string, password: string) {
    await this.page.goto('/login');
    await this.page.getByTestId('login-email').fill(email);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
    await expect(this.page.getByTestId('nav-logout')).toBeVisible();
  }
}

export interface NewOrganisation {
  person: string;
  email: string;
  password: string;
  organisation: string;
  kind: string;
  level: string;
  country: string;
  city: string;
  context: string;
  languages: string;
}

export class RegisterPage {
  constructor(private readonly page: Page) {}

  async register(o: NewOrganisation) {
    await this.page.goto('/register');
    await this.page.getByTestId('register-name').fill(o.person);
    await this.page.getByTestId('register-email').fill(o.email);
    await this.page.getByTestId('register-password').fill(o.password);
    await this.page.getByTestId('org-name').fill(o.organisation);
    await this.page.getByTestId('org-kind').selectOption(o.kind);
    await this.page.getByTestId('org-level').selectOption(o.level);
    await this.page.getByTestId('org-country').fill(o.country);
    await this.page.getByTestId('org-city').fill(o.city);
    await this.page.getByTestId('org-context').selectOption(o.context);
    await this.page.getByTestId('org-languages').fill(o.languages);
    await this.page.getByTestId('register-submit').click();
    await expect(this.page.getByTestId('nav-logout')).toBeVisible();
  }
}

export interface PracticeDraft {
  title: string;
  summary: string;
  problem: string;
  approach: string;
  results: string;
  countries: string;
  languages: string;
  themes: string[];
}

export class PracticeEditor {
  constructor(private readonly page: Page) {}

  async create(p: PracticeDraft) {
    await this.page.goto('/practices/new');
    await this.page.getByTestId('practice-title').fill(p.title);
    await this.page.getByTestId('practice-summary').fill(p.summary);
    await this.page.getByTestId('practice-problem').fill(p.problem);
    await this.page.getByTestId('practice-approach').fill(p.approach);
    await this.page.getByTestId('practice-results').fill(p.results);
    await this.page.getByTestId('practice-countries').fill(p.countries);
    await this.page.getByTestId('practice-languages').fill(p.languages);
    for (const theme of p.themes) {
      await this.page.getByTestId(`theme-${theme}`).check();
    }
    await this.page.getByTestId('practice-save').click();
  }
}

export class PracticePage {
  constructor(private readonly page: Page) {}

  async expectTitle(title: string) {
    await expect(this.page.getByTestId('practice-heading')).toHaveText(title);
  }

  async expectStatus(status: RegExp) {
    await expect(this.page.getByTestId('practice-status')).toHaveText(status);
  }

  async submit() {
    await this.page.getByTestId('practice-submit').click();
    await this.expectStatus(/submitted/i);
  }
}

export class ModerationQueue {
  constructor(private readonly page: Page) {}

  async publish(title: string) {
    await this.page.goto('/admin/moderation');
    const item = this.page.getByTestId('moderation-item').filter({ hasText: title });
    await expect(item).toBeVisible();
    await item.getByTestId('moderation-publish').click();
    await expect(this.page.getByTestId('moderation-item').filter({ hasText: title })).toHaveCount(0);
  }
}

export class Catalogue {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/practices');
    await expect(this.page.getByTestId('result-count')).toBeVisible();
  }

  async search(words: string) {
    await this.page.getByTestId('search-input').fill(words);
    await this.page.getByTestId('search-submit').click();
  }

  async filter(facet: string, value: string) {
    await this.page.getByTestId(`facet-${facet}-${value}`).check();
  }

  results() {
    return this.page.getByTestId('result-item');
  }
}
