// The app in English, French, German and Arabic: the switcher and what it keeps, the first
// visit following the browser, Arabic right to left, pickers that find a country by its name
// in another language, every error of a form at once in German, and axe in every language.
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../fixtures';

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
  await expect(page.getByTestId('result').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ar-catalogue.png', fullPage: true });

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
