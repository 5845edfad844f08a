// The app in English, French, German and Arabic: the switcher and what it keeps, the first
// visit following the browser, Arabic right to left, pickers that find a country by its name
// in another language, every error of a form at once in German, and axe in every language.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { LoginPage } from '../pages/app';

const LANGUAGES = [
  { code: 'en', dir: 'ltr', catalogue: 'Good practices' },
  { code: 'fr', dir: 'ltr', catalogue: 'Bonnes pratiques' },
  { code: 'de', dir: 'ltr', catalogue: 'Gute Praxis' },
  { code: 'ar', dir: 'rtl', catalogue: 'الممارسات الجيدة' },
] as const;

async function switchTo(page: Page, code: string) {
  await page.getByTestId('language-switcher').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

// Starts every page of the test in `code`, as a reader who chose it before would.
async function startIn(page: Page, code: string) {
  await page.addInitScript((c) => window.localStorage.setItem('twinning.lang', c), code);
}

test('the header switches the app to Arabic, right to left, and the choice is kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('nav-catalogue')).toHaveText('Good practices');
  await switchTo(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('nav-catalogue')).toHaveText('الممارسات الجيدة');
  await page.screenshot({ path: 'test-results/screens/ar-home.png', fullPage: true });

  // Kept across loads, and the catalogue speaks Arabic too.
  await page.goto('/practices');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الممارسات الجيدة');
  await expect(page.getByTestId('result-item').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ar-catalogue.png', fullPage: true });

  // The demo's practices that worked in Arabic read in Arabic, right to left.
  await page.goto('/practices?available_language=ar');
  const card = page.getByTestId('result-item').first();
  await expect(card.locator('h2')).toHaveAttribute('lang', 'ar');
  await card.getByRole('link').click();
  await expect(page.getByTestId('practice-heading')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('practice-period')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ar-practice.png', fullPage: true });

  await switchTo(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('nav-catalogue')).toHaveText('Good practices');
});

test.describe('a first visit', () => {
  test.use({ locale: 'de-AT' });
  test('follows the browser’s languages', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByTestId('nav-catalogue')).toHaveText('Gute Praxis');
    await expect(page.getByTestId('language-switcher')).toHaveValue('de');
  });
});

test('a country is found by its French, Turkish and Arabic names', async ({ page }) => {
  await page.goto('/register');
  const picker = page.getByTestId('org-country');
  const input = picker.getByTestId('org-country-input');
  for (const typed of ['Liban', 'Lübnan']) {
    await input.fill(typed);
    await expect(picker.locator('[role="option"]').first()).toHaveText('Lebanon');
  }
  await picker.locator('[role="option"][data-code="LB"]').click();
  await expect(picker.locator('.chip[data-code="LB"]')).toContainText('Lebanon');

  await switchTo(page, 'ar');
  const again = page.getByTestId('org-country').getByTestId('org-country-input');
  await again.fill('لبنان');
  const option = page.getByTestId('org-country').locator('[role="option"][data-code="LB"]');
  await expect(option).toHaveText('لبنان');
  await again.press('Enter');
  await expect(page.getByTestId('org-country').locator('.chip[data-code="LB"]')).toContainText('لبنان');
  await page.screenshot({ path: 'test-results/screens/ar-register.png', fullPage: true });
});

test('a failed registration lists every problem at once, in German', async ({ page }) => {
  await startIn(page, 'de');
  await page.goto('/register');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
  await page.getByTestId('register-email').fill('keine-adresse');
  await page.getByTestId('register-submit').click();
  const summary = page.getByTestId('form-problems');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText(/Probleme müssen behoben werden/);
  const items = summary.getByRole('listitem');
  expect(await items.count()).toBeGreaterThanOrEqual(4);
  await expect(summary).toContainText('Pflichtangabe');
  await expect(summary).toContainText('E-Mail-Adresse');
  // Each links to its field.
  await summary.getByRole('link').first().click();
  await expect(page.locator(':focus')).toHaveAttribute('id', /.+/);
  await page.screenshot({ path: 'test-results/screens/de-register-errors.png', fullPage: true });
});

for (const lang of LANGUAGES) {
  test(`axe finds nothing serious in ${lang.code}`, async ({ page }) => {
    await startIn(page, lang.code);
    const found: string[] = [];
    for (const path of ['/', '/practices', '/organisations', '/register', '/login']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', lang.dir);
      await expect(page.getByTestId('nav-catalogue')).toHaveText(lang.catalogue);
      await page.waitForLoadState('networkidle');
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      for (const v of r.violations) {
        found.push(`${path}: ${v.impact} ${v.id} ${v.help} ${v.nodes.slice(0, 2).map((n) => n.target).join(' ')}`);
      }
    }
    expect(found.filter((f) => / (serious|critical) /.test(f))).toEqual([]);
  });
}

test('an editor translates a practice, and a French reader reads it, the rest falling back', async ({ page }) => {
  const marker = `fr${Date.now().toString(36)}`;
  await new LoginPage(page).login('orgadmin@twinning.example', 'twinning-orgadmin-2026');
  await page.goto('/my-organisation');
  await page.getByTestId('own-practice').first().getByRole('link').first().click();
  await expect(page.getByTestId('practice-heading')).toBeVisible();
  const practiceUrl = page.url();
  await page.getByTestId('practice-translations').click();
  await expect(page.getByTestId('translations-source')).toBeVisible();

  // A language is added by its name.
  await page.getByTestId('translation-add-input').fill('Français');
  await page.getByTestId('translation-add').locator('[role="option"][data-code="fr"]').click();
  await expect(page.getByTestId('translation-heading')).toHaveText('In French');
  const title = `Une bonne pratique traduite ${marker}`;
  await page.getByTestId('translation-title').fill(title);
  await page.getByTestId('translation-save').click();
  await expect(page.getByTestId('translation-status')).toHaveText('Translation saved.');
  await expect(page.getByTestId('translation-language').filter({ hasText: 'French' })).toBeVisible();

  // Read back in French: the title translated, the rest from the original, and said so.
  await page.goto(`${practiceUrl}?lang=fr`);
  await expect(page.getByTestId('practice-heading')).toHaveText(title);
  await expect(page.getByTestId('practice-heading')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('content-fallback')).toBeVisible();

  // A reader whose app is in French gets it without asking.
  await page.goto(practiceUrl);
  await switchTo(page, 'fr');
  await expect(page.getByTestId('practice-heading')).toHaveText(title);
  await switchTo(page, 'en');
  await expect(page.getByTestId('practice-heading')).not.toHaveText(title);
});

test('a refusal that names no field is told in the reader’s language', async ({ page, browserErrors }) => {
  browserErrors.expect(/status of 401\b.*\/api\/v1\/auth\/login\b/, 'a wrong password is refused');
  await startIn(page, 'fr');
  await page.goto('/login');
  await page.getByTestId('login-email').fill('orgadmin@twinning.example');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('error-banner')).toContainText('le mot de passe est incorrect');
});
