// The API documentation a partner reads (Swagger UI at /api/docs/), under the server's
// Content-Security-Policy: it renders, lists the operations, and opens one, without a console
// error (a refused inline script or style would log one; see ../fixtures.ts).
import { test, expect } from '../fixtures';
import { ApiDocs } from '../pages/app';

test('the API documentation renders and opens an operation', async ({ page }) => {
  const docs = new ApiDocs(page);
  await docs.open();
  const list = docs.operation('GET', '/api/v1/practices');
  await expect(list).toHaveCount(1);
  await expect(list).toContainText('Searches the catalogue');
  await list.locator('.opblock-summary').click();
  await expect(list.getByRole('button', { name: 'Try it out' })).toBeVisible();
  await expect(list.getByText('per_page', { exact: true })).toBeVisible();
});
