// Page objects: the tests speak of what a person does; the selectors (test ids) live here.
import { expect, type Page } from '@playwright/test';

export class Header {
  constructor(private readonly page: Page) {}

  async logout() {
    await this.page.getByTestId('nav-logout').click();
    await expect(this.page.getByTestId('nav-login')).toBeVisible();
  }
}

// Picks codes in a country or language picker (frontend/src/picker.rs): types each code and
// takes the option with that code, as a person typing a name would take the name.
export async function pickCodes(page: Page, testid: string, codes: string) {
  const picker = page.getByTestId(testid);
  for (const code of codes.split(',').map((c) => c.trim()).filter(Boolean)) {
    await picker.getByTestId(`${testid}-input`).fill(code);
    await picker.locator(`[role="option"][data-code="${code}" i]`).click();
    await expect(picker.locator(`.chip[data-code="${code}" i]`)).toBeVisible();
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
    await pickCodes(this.page, 'org-country', o.country);
    await this.page.getByTestId('org-city').fill(o.city);
    await this.page.getByTestId('org-context').selectOption(o.context);
    await pickCodes(this.page, 'org-languages', o.languages);
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
    await pickCodes(this.page, 'practice-countries', p.countries);
    await pickCodes(this.page, 'practice-languages', p.languages);
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

// What the catalogue says of a number of practices ("1 practice", "32 practices").
export function practicesText(n: number): string {
  return n === 1 ? '1 practice' : `${n} practices`;
}

// The catalogue's page size (the API's default `per_page`).
export const CATALOGUE_PER_PAGE = 20;

export class Catalogue {
  constructor(private readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/practices${query}`);
    await expect(this.resultCount()).toBeVisible();
  }

  async search(words: string) {
    await this.page.getByTestId('search-input').fill(words);
    await this.page.getByTestId('search-submit').click();
  }

  async filter(facet: string, value: string) {
    await this.facet(facet, value).check();
  }

  facet(facet: string, value: string) {
    return this.page.getByTestId(`facet-${facet}-${value}`);
  }

  // The count shown next to a facet value, "Education (3)". The count has no test id yet,
  // so it is read from the label that holds the checkbox.
  async facetCount(facet: string, value: string): Promise<number> {
    const label = this.page.locator('label', { has: this.facet(facet, value) });
    await expect(label).toHaveText(/\(\d+\)\s*$/);
    return Number((await label.textContent())!.match(/\((\d+)\)\s*$/)![1]);
  }

  resultCount() {
    return this.page.getByTestId('result-count');
  }

  // The number of matching practices the page states, once it states one.
  async total(): Promise<number> {
    await expect(this.resultCount()).toHaveText(/^\d+ practices?$/);
    return Number((await this.resultCount().textContent())!.match(/^\d+/)![0]);
  }

  results() {
    return this.page.getByTestId('result-item');
  }

  resultTitles() {
    return this.results().getByRole('heading', { level: 2 });
  }

  sort() {
    // No test id on the sort select yet: its label names it.
    return this.page.getByLabel('Sort', { exact: true });
  }

  nextPage() {
    return this.page.getByTestId('page-next');
  }

  previousPage() {
    return this.page.getByTestId('page-prev');
  }

  // "Page 1 of 2". No test id yet: found by its text inside the pager.
  pageStatus() {
    return this.page.getByRole('navigation', { name: 'Pages' }).getByText(/^Page \d+ of \d+$/);
  }
}

export class HomePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  // A live count of the home page (organisations, practices, countries), once loaded.
  async stat(name: 'organisations' | 'practices' | 'countries'): Promise<number> {
    const stat = this.page.getByTestId(`stat-${name}`);
    await expect(stat).toHaveText(/^\d+$/);
    return Number(await stat.textContent());
  }
}

export class Directory {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/organisations');
    await expect(this.count()).toHaveText(/^\d+ organisations$/);
  }

  // Filters by kind and country.
  async filter(kind: string, country: string) {
    await this.page.getByLabel('Kind', { exact: true }).selectOption(kind);
    await pickCodes(this.page, 'dir-country', country);
    await this.page.getByTestId('members-submit').click();
  }

  count() {
    return this.page.getByTestId('members-count');
  }

  // The number of organisations the page states, once it states one.
  async total(): Promise<number> {
    await expect(this.count()).toHaveText(/^\d+ organisations$/);
    return Number((await this.count().textContent())!.match(/^\d+/)![0]);
  }

  items() {
    return this.page.getByTestId('org-item');
  }
}

export class Invitations {
  constructor(private readonly page: Page) {}

  // Creates an invitation noted with `email`; returns the code the page shows once.
  async create(email: string): Promise<string> {
    await this.page.getByTestId('invite-email').fill(email);
    await this.page.getByTestId('invite-create').click();
    const code = this.page.getByTestId('invite-code');
    await expect(code).toHaveText(/\S/);
    return (await code.textContent())!.trim();
  }

  item(email: string) {
    return this.page.getByTestId('invitation-item').filter({ hasText: email });
  }

  // Revokes it, confirming when the page asks.
  async revoke(email: string) {
    await this.item(email).getByTestId('invite-revoke').click();
    await this.item(email).getByTestId('invite-revoke-confirm').click();
  }
}

export class AdminDashboard {
  constructor(private readonly page: Page) {}

  // How many practices wait for review, as the dashboard states it.
  async pending(): Promise<number> {
    const pending = this.page.getByTestId('admin-pending');
    await expect(pending).toHaveText(/^\d+$/);
    return Number(await pending.textContent());
  }
}

// The network admins' vetting of organisations (`/admin/organisations`).
export class AdminOrganisations {
  constructor(private readonly page: Page) {}

  async open(status = 'pending') {
    await this.page.goto(`/admin/organisations?status=${status}`);
  }

  card(name: string) {
    return this.page.getByTestId('org-review').filter({ hasText: name });
  }

  // Approves the pending organisation `name`, confirming, and checks what the page says.
  async approve(name: string) {
    await this.open('pending');
    const card = this.card(name);
    await expect(card).toBeVisible();
    await expect(card.getByTestId('org-review-status')).toHaveText('Awaiting approval');
    await card.getByTestId('org-approved').click();
    await card.getByTestId('org-approved-confirm').click();
    await expect(this.page.getByTestId('orgs-message')).toHaveText(`${name} was approved.`);
  }
}

/** The API documentation (Swagger UI, served by the server at /api/docs/). */
export class ApiDocs {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/api/docs/');
    await expect(this.page.getByRole('heading', { name: /^Twinning API\b/ })).toBeVisible();
  }

  /** The operation `method path` (e.g. 'GET', '/api/v1/practices'), as listed. */
  operation(method: string, path: string) {
    return this.page
      .locator('.opblock')
      .filter({ has: this.page.locator('.opblock-summary-method', { hasText: new RegExp(`^${method}$`) }) })
      .filter({ has: this.page.locator('.opblock-summary-path', { hasText: new RegExp(`^${path.replace(/[/{}]/g, '\\$&')}$`) }) });
  }
}
