// The `test` every spec imports: Playwright's, with a fixture that watches every page of the
// test for console errors and uncaught page errors, and fails the test after it if any occurred.
//
// A test that provokes an error on purpose (a request the server refuses, so Chromium logs
// "Failed to load resource: … status of 422") declares it with `browserErrors.expect(pattern)`.
// A declared error must then occur at least once, and every other error still fails the test.
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

export interface BrowserErrors {
  /**
   * Declares an error this test causes on purpose. `pattern` is matched against the line the
   * failure message would list, e.g. `console.error: Failed to load resource: the server
   * responded with a status of 422 (…) [http://…/api/v1/practices/x/submit]`.
   */
  expect(pattern: RegExp, why: string): void;
}

function consoleLine(m: ConsoleMessage): string {
  const { url, lineNumber } = m.location();
  const where = url ? ` [${url}${lineNumber ? `:${lineNumber}` : ''}]` : '';
  return `console.error: ${m.text()}${where}`;
}

export const test = base.extend<{ browserErrors: BrowserErrors }>({
  browserErrors: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on('console', (m) => {
          if (m.type() === 'error') seen.push(consoleLine(m));
        });
        page.on('pageerror', (e) => seen.push(`pageerror: ${e.stack ?? e.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);

      const declared: { pattern: RegExp; why: string }[] = [];
      await use({
        expect(pattern, why) {
          declared.push({ pattern, why });
        },
      });
      context.off('page', watch);

      const unexpected = seen.filter((line) => !declared.some((d) => d.pattern.test(line)));
      const missing = declared
        .filter((d) => !seen.some((line) => d.pattern.test(line)))
        .map((d) => `${d.pattern} (${d.why})`);
      const problems = [
        ...unexpected.map((line) => `unexpected ${line}`),
        ...missing.map((what) => `declared error never occurred: ${what}`),
      ];
      if (problems.length > 0) {
        throw new Error(
          `${problems.length} browser error problem(s) during the test:\n  - ${problems.join('\n  - ')}`,
        );
      }
    },
    { auto: true },
  ],
});

export { expect };
