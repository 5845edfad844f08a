// Every screen once: paging and facets in the URL, the directory, registration errors,
// invitations, the profile, the editor (inline and server errors, figures), moderation,
// the admin guard, token refresh and local logout, and axe on the remaining pages.
// Every test fails on a console error or an uncaught page error (see ../fixtures.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import {
  AdminDashboard,
  CATALOGUE_PER_PAGE,
  Catalogue,
  Directory,
  Header,
  HomePage,
  Invitations,
  LoginPage,
  pickCodes,
  practicesText,
} from '../pages/app';

// A unique word per run, for what this file creates.
const marker = `smoke${Date.now().toString(36)}`;

test.describe.configure({ mode: 'serial' });

test('home counts agree with the catalogue and the directory; 404', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const practices = await home.stat('practices');
  const organisations = await home.stat('organisations');
  const countries = await home.stat('countries');
  expect(practices).toBeGreaterThan(0);
  expect(organisations).toBeGreaterThan(0);
  expect(countries).toBeGreaterThan(0);
  expect(countries).toBeLessThanOrEqual(organisations);

  const catalogue = new Catalogue(page);
  await catalogue.open();
  expect(await catalogue.total()).toBe(practices);

  const directory = new Directory(page);
  await directory.open();
  expect(await directory.total()).toBe(organisations);

  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('catalogue paging, facets, url state, back', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.open();
  const total = await catalogue.total();

  // A facet: its count, read before ticking it, is the number of results after.
  const education = await catalogue.facetCount('theme', 'education');
  expect(education, 'the education facet narrows the catalogue').toBeGreaterThan(0);
  expect(education, 'the education facet narrows the catalogue').toBeLessThan(total);
  await catalogue.filter('theme', 'education');
  await expect(page).toHaveURL(/theme=education/);
  await expect(catalogue.facet('theme', 'education')).toBeChecked();
  await expect(catalogue.resultCount()).toHaveText(practicesText(education));
  await expect(catalogue.results()).toHaveCount(education);
  // Counts are disjunctive: ticking a value leaves its own count as it was.
  expect(await catalogue.facetCount('theme', 'education')).toBe(education);
  await catalogue.facet('theme', 'education').uncheck();
  await expect(page).not.toHaveURL(/theme=education/);
  await expect(catalogue.facet('theme', 'education')).not.toBeChecked();
  await expect(catalogue.resultCount()).toHaveText(practicesText(total));

  // Pages: the demo network alone has more published practices than fit on one.
  expect(total, 'enough practices for a second page').toBeGreaterThan(CATALOGUE_PER_PAGE);
  const pages = Math.ceil(total / CATALOGUE_PER_PAGE);
  await expect(catalogue.results()).toHaveCount(CATALOGUE_PER_PAGE);
  await expect(catalogue.pageStatus()).toHaveText(`Page 1 of ${pages}`);
  await expect(catalogue.previousPage()).toBeDisabled();
  const firstPage = await catalogue.resultTitles().allTextContents();
  expect(new Set(firstPage).size).toBe(CATALOGUE_PER_PAGE);

  await expect(catalogue.nextPage()).toBeEnabled();
  await catalogue.nextPage().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(catalogue.pageStatus()).toHaveText(`Page 2 of ${pages}`);
  const onSecond = Math.min(CATALOGUE_PER_PAGE, total - CATALOGUE_PER_PAGE);
  await expect(catalogue.resultTitles().first()).not.toHaveText(firstPage[0]);
  await expect(catalogue.results()).toHaveCount(onSecond);
  await expect(catalogue.resultCount()).toHaveText(practicesText(total));
  const secondPage = await catalogue.resultTitles().allTextContents();
  expect(secondPage.filter((t) => firstPage.includes(t)), 'practices on both pages').toEqual([]);
  await expect(catalogue.previousPage()).toBeEnabled();
  await expect(catalogue.nextPage()).toBeEnabled({ enabled: pages > 2 });

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(catalogue.pageStatus()).toHaveText(`Page 1 of ${pages}`);
  await expect(catalogue.resultTitles()).toHaveText(firstPage);
  await expect(catalogue.previousPage()).toBeDisabled();

  // The URL alone restores a search and its order.
  await catalogue.open('?q=waste&sort=title');
  await expect(page.getByTestId('search-input')).toHaveValue('waste');
  await expect(catalogue.sort()).toHaveValue('title');
  const found = await catalogue.total();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThanOrEqual(CATALOGUE_PER_PAGE);
  await expect(catalogue.results()).toHaveCount(found);
  const titles = await catalogue.resultTitles().allTextContents();
  const byTitle = [...titles].sort((a, b) => {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  expect(titles, 'sorted by title').toEqual(byTitle);
});

test('members directory filters', async ({ page }) => {
  const directory = new Directory(page);
  await directory.open();
  const all = await directory.total();
  await directory.filter('municipality', 'JO');
  await expect(page).toHaveURL(/kind=municipality/);
  await expect(page).toHaveURL(/country=JO/);
  await expect(directory.count()).not.toHaveText(`${all} organisations`);
  const shown = await directory.total();
  expect(shown, 'Jordan has municipalities in the demo network').toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(directory.items()).toHaveCount(shown);
  await expect(directory.items().filter({ hasNotText: 'Municipality' })).toHaveCount(0);
  await expect(directory.items().filter({ hasNotText: 'Jordan' })).toHaveCount(0);
  const first = directory.items().first().getByRole('link');
  const name = (await first.textContent())!.trim();
  expect(name).not.toBe('');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('register validation shows field errors', async ({ page }) => {
  await page.goto('/register');
  await page.getByTestId('register-name').fill('X');
  await page.getByTestId('register-email').fill('not-an-email');
  await page.getByTestId('register-password').fill('short');
  // The country is left unpicked: a picker offers real countries only.
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('form-problems')).toBeFocused();
  await expect(page.getByTestId('error-email')).toBeVisible();
  await expect(page.getByTestId('error-password')).toBeVisible();
  await expect(page.getByTestId('error-organisation.country')).toBeVisible();
  await expect(page.getByTestId('error-organisation.languages')).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByTestId('nav-login')).toBeVisible();
});

test('org admin: my organisation, invitation, draft editor with submit errors', async ({ page, browserErrors }) => {
  await new LoginPage(page).login('orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.getByTestId('nav-my-org').click();
  await expect(page.getByTestId('own-practice').first()).toBeVisible();
  await expect(page.getByTestId('member-item').first()).toBeVisible();

  // An invitation appears open in the list, and revoking it closes it.
  const invitations = new Invitations(page);
  const invitee = `invitee.${marker}@example.org`;
  const code = await invitations.create(invitee);
  expect(code.length).toBeGreaterThan(0);
  await expect(invitations.item(invitee)).toHaveCount(1);
  await expect(invitations.item(invitee)).toContainText('open until');
  await expect(invitations.item(invitee).getByTestId('invite-revoke')).toHaveCount(1);
  await invitations.revoke(invitee);
  await expect(invitations.item(invitee)).toContainText('revoked');
  await expect(invitations.item(invitee).getByTestId('invite-revoke')).toHaveCount(0);

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
  await pickCodes(page, 'practice-countries', 'NL');
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('error-problem')).toBeVisible();
  await expect(page.getByTestId('error-themes')).toBeVisible();
  await page.getByTestId('practice-save').click();
  await expect(page.getByTestId('practice-heading')).toHaveText('Smoke test practice');
  await expect(page.getByTestId('practice-status')).toHaveText(/draft/i);

  // submit from practice page -> server 422 listed
  browserErrors.expect(
    /status of 422\b.*\/api\/v1\/practices\/[^/\s]+\/submit\b/,
    'the server refuses to review an incomplete draft',
  );
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('error-banner')).toBeVisible();
  await expect(page.getByTestId('practice-status')).toHaveText(/draft/i);
  await page.getByTestId('practice-edit').click();
  await expect(page.getByTestId('practice-title')).toHaveValue('Smoke test practice');
  await page.getByTestId('practice-problem').fill('Twenty characters of problem description.');
  await page.getByTestId('practice-approach').fill('Twenty characters of approach description.');
  await page.getByTestId('practice-results').fill('Twenty characters of results description.');
  await page.getByTestId('theme-housing').check();
  await page.getByTestId('target-refugees').check();
  await page.getByTestId('context-urban').check();
  await page.getByRole('button', { name: 'Add a figure' }).click();
  // The figure inputs have no test ids yet: their labels name them.
  await page.getByLabel('Number', { exact: true }).fill('120');
  await page.getByLabel('What was counted', { exact: true }).fill('families housed');
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/submitted/i);
  await expect(page.getByRole('listitem').filter({ hasText: 'families housed' })).toHaveText('120 families housed');
  await new Header(page).logout();
});

test('admin: not allowed for anonymous, dashboard, reject with reason', async ({ page }) => {
  await page.goto('/admin');
  await expect(page.getByText('Log in first')).toBeVisible();
  await new LoginPage(page).login('admin@twinning.example', 'twinning-admin-2026');
  await page.getByTestId('nav-admin').click();
  const pending = await new AdminDashboard(page).pending();
  await page.goto('/admin/moderation');
  await expect(page.getByTestId('moderation-item')).toHaveCount(pending);
  const item = page.getByTestId('moderation-item').filter({ hasText: 'Smoke test practice' });
  await expect(item).toBeVisible();
  await item.getByTestId('moderation-reject').click();
  await expect(item.getByTestId('error-reason')).toBeVisible();
  await item.getByTestId('moderation-reason').fill('Please add evidence for the results.');
  await item.getByTestId('moderation-reject').click();
  await expect(page.getByTestId('moderation-item').filter({ hasText: 'Smoke test practice' })).toHaveCount(0);
  await expect(page.getByTestId('moderation-item')).toHaveCount(pending - 1);
  await new Header(page).logout();
  await new LoginPage(page).login('member@twinning.example', 'twinning-member-2026');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await page.goto('/my-organisation');
  await expect(page.getByTestId('own-practice').first()).toBeVisible();
});

test('owner sees the rejection reason; token refresh on expired access', async ({ page, browserErrors }) => {
  await new LoginPage(page).login('orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.goto('/my-organisation');
  await page.getByRole('link', { name: 'Smoke test practice' }).click();
  await expect(page.getByText('Please add evidence for the results.')).toBeVisible();
  await expect(page.getByTestId('practice-status')).toHaveText(/draft/i);
  // An access token the server refuses: the client refreshes once (with its HttpOnly refresh
  // cookie) and carries on. The token lives in memory only, so the request is given a broken
  // one on its way out.
  browserErrors.expect(
    /status of 401\b.*\/api\/v1\/(?!auth\/)/,
    'a request with a broken access token is refused before the client refreshes',
  );
  let broken = false;
  await page.route('**/api/v1/organisations/*/members', async (route) => {
    if (broken) return route.continue();
    broken = true;
    await route.continue({ headers: { ...route.request().headers(), authorization: 'Bearer garbage' } });
  });
  await page.goto('/my-organisation');
  await expect(page.getByTestId('me-name')).toHaveText('Joost Vermeulen');
  await expect(page.getByTestId('member-item').first()).toBeVisible();
  expect(broken).toBe(true);
  await page.unroute('**/api/v1/organisations/*/members');
  // Without the refresh cookie the session cannot be restored: logged out locally.
  browserErrors.expect(
    /status of 401\b.*\/api\/v1\/auth\/refresh\b/,
    'a refresh without the cookie is refused',
  );
  await page.context().clearCookies();
  await page.goto('/my-organisation');
  await expect(page.getByTestId('nav-login')).toBeVisible();
});

test('axe on more pages', async ({ page }) => {
  await new LoginPage(page).login('admin@twinning.example', 'twinning-admin-2026');
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
  await new LoginPage(page).login('orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.goto('/my-organisation');
  await page.getByRole('link', { name: 'Smoke test practice' }).click();
  await expect(page.getByTestId('practice-heading')).toHaveText('Smoke test practice');
  const url = page.url();
  await page.getByTestId('practice-submit').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/submitted/i);
  await expect(page.getByTestId('practice-edit')).toHaveCount(0);
  await new Header(page).logout();
  await new LoginPage(page).login('admin@twinning.example', 'twinning-admin-2026');
  await page.goto(url);
  await page.getByTestId('practice-reject').click();
  await expect(page.getByTestId('reject-reason')).toBeVisible();
  await page.getByTestId('reject-confirm').click();
  await expect(page.getByTestId('error-reason')).toBeVisible();
  await expect(page.getByTestId('practice-status')).toHaveText(/submitted/i);
  await page.getByTestId('practice-publish').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/published/i);
  await page.getByTestId('practice-archive').click();
  await expect(page.getByTestId('practice-status')).toHaveText(/archived/i);
});
