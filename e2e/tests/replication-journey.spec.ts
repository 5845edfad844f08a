import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import {
  AdminOrganisations,
  Catalogue,
  Header,
  LoginPage,
  ModerationQueue,
  PracticeEditor,
  PracticePage,
  RegisterPage,
  practicesText,
} from '../pages/app';
import { Verification } from '../pages/accounts';

// A unique word per run, so the search finds this run's practice and nothing else.
const marker = `zafaran${Date.now().toString(36)}`;
const title = `Refugee-run repair cafés ${marker}`;

test.describe.configure({ mode: 'serial' });

test('a new organisation shares a practice that the network publishes and anyone finds', async ({ page }) => {
  const header = new Header(page);

  await test.step('a new user registers an organisation', async () => {
    await new RegisterPage(page).register({
      person: 'Leila Mansour',
      email: `leila.${marker}@example.org`,
      password: 'a long enough password',
      organisation: `Repair Together ${marker}`,
      kind: 'refugee_led',
      level: 'local',
      country: 'LB',
      city: 'Tripoli',
      context: 'urban',
      languages: 'ar, fr',
    });
    // Submitting waits for a confirmed address: they open the link mailed to them.
    await new Verification(page).confirmFromMail(`leila.${marker}@example.org`);
  });

  await test.step('a network admin approves the new organisation', async () => {
    await header.logout();
    await new LoginPage(page).login('admin@twinning.example', 'twinning-admin-2026');
    await new AdminOrganisations(page).approve(`Repair Together ${marker}`);
    await header.logout();
    await new LoginPage(page).login(`leila.${marker}@example.org`, 'a long enough password');
  });

  await test.step('they create a practice and submit it for review', async () => {
    await new PracticeEditor(page).create({
      title,
      summary: 'Refugees and neighbours repair household goods together every Saturday.',
      problem: 'Refugee families in Tripoli could not afford to replace broken appliances.',
      approach: `Trained refugee technicians run weekly repair cafés in a municipal hall (${marker}).`,
      results: 'Over 1,200 items repaired in a year; 14 refugees found paid repair work.',
      countries: 'LB',
      languages: 'ar, fr',
      themes: ['livelihoods', 'social_cohesion'],
    });
    const practice = new PracticePage(page);
    await practice.expectTitle(title);
    await practice.expectStatus(/draft/i);
    await practice.submit();
    await header.logout();
  });

  await test.step('the network admin publishes it from the moderation queue', async () => {
    await new LoginPage(page).login('admin@twinning.example', 'twinning-admin-2026');
    await new ModerationQueue(page).publish(title);
    await header.logout();
  });

  await test.step('an anonymous visitor finds it by a word of its text', async () => {
    const catalogue = new Catalogue(page);
    await catalogue.open();
    await catalogue.search(marker);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}\\b`));
    await expect(catalogue.resultCount()).toHaveText(practicesText(1));
    await expect(catalogue.results()).toHaveCount(1);
    await expect(catalogue.results().first()).toContainText(title);
  });

  await test.step('and by a facet filter', async () => {
    const catalogue = new Catalogue(page);
    await catalogue.open();
    const lebanon = await catalogue.facetCount('country', 'LB');
    await catalogue.filter('country', 'LB');
    await expect(page).toHaveURL(/[?&]country=LB\b/);
    await expect(catalogue.resultCount()).toHaveText(practicesText(lebanon));
    await expect(catalogue.results().filter({ hasText: title })).toHaveCount(1);
    await catalogue.results().filter({ hasText: title }).getByRole('link').first().click();
    await new PracticePage(page).expectTitle(title);
  });
});

test('the main pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/', '/practices', '/organisations', '/login', '/register']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
});
