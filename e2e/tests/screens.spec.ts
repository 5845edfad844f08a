// Every screen once: paging and facets in the URL, the directory, registration errors,
// invitations, the profile, the editor (inline and server errors, figures), moderation,
// the admin guard, token refresh and local logout, and axe on the remaining pages.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function login(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-logout')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });
const errors: string[] = [];

test('home counts and 404', async ({ page }) => {
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/');
  await expect(page.getByTestId('stat-organisations')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('stat-practices')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('stat-countries')).toHaveText(/^\d+$/);
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('catalogue paging, facets, url state, back', async ({ page }) => {
  await page.goto('/practices');
  const count = page.getByTestId('result-count');
  await expect(count).toContainText(/\d+ practices/);
  const total = parseInt((await count.textContent())!.match(/\d+/)![0]);
  await page.getByTestId('facet-theme-education').check();
  await expect(page).toHaveURL(/theme=education/);
  await expect(page.getByTestId('facet-theme-education')).toBeChecked();
  const t2 = parseInt((await count.textContent())!.match(/\d+/)![0]);
  await page.getByTestId('facet-theme-education').uncheck();
  await expect(page).not.toHaveURL(/theme=education/);
  if (total > 20) {
    await page.getByTestId('page-next').click();
    await expect(page).toHaveURL(/page=2/);
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
  }
  await page.goto('/practices?q=waste&sort=title');
  await expect(page.getByTestId('search-input')).toHaveValue('waste');
  await expect(page.locator('#sort')).toHaveValue('title');
  await expect(page.getByTestId('result-item').first()).toBeVisible();
});

test('members directory filters', async ({ page }) => {
  await page.goto('/organisations');
  await expect(page.getByTestId('members-count')).toContainText(/\d+ organisations/);
  await page.locator('#dir-kind').selectOption('municipality');
  await page.locator('#dir-country').fill('JO');
  await page.getByTestId('members-submit').click();
  await expect(page).toHaveURL(/kind=municipality/);
  await expect(page).toHaveURL(/country=JO/);
  await expect(page.getByTestId('org-item').first()).toBeVisible();
  await page.getByTestId('org-item').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('register validation shows field errors', async ({ page }) => {
  await page.goto('/register');
  await page.getByTestId('register-name').fill('X');
  await page.getByTestId('register-email').fill('not-an-email');
  await page.getByTestId('register-password').fill('short');
  await page.getByTestId('org-country').fill('XX');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('error-email')).toBeVisible();
  await expect(page.getByTestId('error-password')).toBeVisible();
  await expect(page.getByTestId('error-organisation.country')).toBeVisible();
  await expect(page.getByTestId('error-organisation.languages')).toBeVisible();
});

test('org admin: my organisation, invitation, draft editor with submit errors', async ({ page }) => {
  await login(page, 'orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.getByTestId('nav-my-org').click();
  await expect(page.getByTestId('own-practice').first()).toBeVisible();
  await expect(page.getByTestId('member-item').first()).toBeVisible();
  await page.getByTestId('invite-create').click();
  await expect(page.getByTestId('invite-code')).not.toBeEmpty();
  const before = await page.getByTestId('invite-revoke').count();
  await page.getByTestId('invite-revoke').first().click();
  await expect(page.getByTestId('invite-revoke')).toHaveCount(before - 1);
  await page.getByTestId('profile-save').click();
  await expect(page.getByText('Saved.')).toBeVisible();
  // new practice, submit incomplete -> inline errors
  await page.goto('/practices/new');
  await page.getByTestId('practice-title').fill('Sm');
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('error-title')).toBeVisible();
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await page.getByTestId('practice-title').fill('Smoke test practice');
  await page.getByTestId('practice-summary').fill('A summary.');
  await page.getByTestId('practice-countries').fill('NL, ZZ');
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('error-countries')).toBeVisible();
  await page.getByTestId('practice-countries').fill('NL');
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('error-problem')).toBeVisible();
  await expect(page.getByTestId('error-themes')).toBeVisible();
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('practice-heading')).toHaveText('Smoke test practice');
  await expect(page.getByTestId('practice-status')).toHaveText(/draft/i);
  // submit from practice page -> server 422 listed
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('error-banner')).toBeVisible();
  await page.getByTestId('practice-edit').click();
  await expect(page.getByTestId('practice-title')).toHaveValue('Smoke test practice');
  await page.getByTestId('practice-problem').fill('Twenty characters of problem description.');
  await page.getByTestId('practice-approach').fill('Twenty characters of approach description.');
  await page.getByTestId('practice-results').fill('Twenty characters of results description.');
  await page.getByTestId('theme-housing').check();
  await page.getByTestId('target-refugees').check();
  await page.getByTestId('context-urban').check();
  await page.getByRole('button', { name: 'Add a figure' }).click();
  await page.locator('[id^=figure-value-]').fill('120');
  await page.locator('[id^=figure-label-]').fill('families housed');
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/submitted/i);
  await expect(page.getByText('families housed')).toBeVisible();
  await page.getByTestId('nav-logout').click();
  await expect(page.getByTestId('nav-login')).toBeVisible();
});

test('admin: not allowed for anonymous, dashboard, reject with reason', async ({ page }) => {
  await page.goto('/admin');
  await expect(page.getByText('Log in first')).toBeVisible();
  await login(page, 'admin@twinning.example', 'twinning-admin-2026');
  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('admin-pending')).toHaveText(/\d+/);
  await page.goto('/admin/moderation');
  const item = page.getByTestId('moderation-item').filter({ hasText: 'Smoke test practice' });
  await expect(item).toBeVisible();
  await item.getByTestId('moderation-reject').click();
  await expect(item.getByTestId('error-reason')).toBeVisible();
  await item.getByTestId('moderation-reason').fill('Please add evidence for the results.');
  await item.getByTestId('moderation-reject').click();
  await expect(page.getByTestId('moderation-item').filter({ hasText: 'Smoke test practice' })).toHaveCount(0);
  await page.getByTestId('nav-logout').click();
  await login(page, 'member@twinning.example', 'twinning-member-2026');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await page.goto('/my-organisation');
  await expect(page.getByTestId('own-practice').first()).toBeVisible();
});

test('owner sees the rejection reason; token refresh on expired access', async ({ page }) => {
  await login(page, 'orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.goto('/my-organisation');
  await page.getByRole('link', { name: 'Smoke test practice' }).click();
  await expect(page.getByText('Please add evidence for the results.')).toBeVisible();
  await expect(page.getByTestId('practice-status')).toHaveText(/draft/i);
  // A broken access token: the client refreshes once and carries on.
  await page.evaluate(() => localStorage.setItem('twinning.access', 'garbage'));
  await page.goto('/my-organisation');
  await expect(page.getByTestId('me-name')).toHaveText('Joost Vermeulen');
  await expect(page.getByTestId('member-item').first()).toBeVisible();
  // A broken refresh token too: logged out locally.
  await page.evaluate(() => { localStorage.setItem('twinning.access', 'garbage'); localStorage.setItem('twinning.refresh', 'garbage'); });
  await page.goto('/my-organisation');
  await expect(page.getByTestId('nav-login')).toBeVisible();
});

test('axe on more pages', async ({ page }) => {
  await login(page, 'admin@twinning.example', 'twinning-admin-2026');
  const found: string[] = [];
  for (const path of ['/practices?theme=education', '/my-organisation', '/practices/new', '/admin', '/admin/moderation', '/organisations/limburg-refugee-council']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    for (const v of r.violations) found.push(`${path}: ${v.impact} ${v.id} ${v.help} ${v.nodes.slice(0,2).map(n => n.target).join(' ')}`);
  }
  expect(found.filter((f) => / (serious|critical) /.test(f))).toEqual([]);
});

test('resubmit, then admin publishes and archives on the practice page', async ({ page }) => {
  await login(page, 'orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.goto('/my-organisation');
  await page.getByRole('link', { name: 'Smoke test practice' }).click();
  const url = page.url();
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/submitted/i);
  await expect(page.getByTestId('practice-edit')).toHaveCount(0);
  await page.getByTestId('nav-logout').click();
  await login(page, 'admin@twinning.example', 'twinning-admin-2026');
  await page.goto(url);
  await page.getByTestId('practice-reject').click();
  await expect(page.getByTestId('reject-reason')).toBeVisible();
  await page.getByTestId('reject-confirm').click();
  await expect(page.getByTestId('error-reason')).toBeVisible();
  await page.getByTestId('practice-publish').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/published/i);
  await page.getByTestId('practice-archive').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/archived/i);
});
