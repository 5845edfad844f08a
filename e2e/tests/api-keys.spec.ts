// Partner API keys from the browser: an org admin creates keys (the secret shown once, with a
// copy button), a partner system uses them with `fetch` within their scopes, the org admin
// revokes one and a network admin another, and both stop working at once.
import { test, expect } from '../fixtures';
import { Header, LoginPage } from '../pages/app';
import { AdminTools, ApiKeysSection, KeyList } from '../pages/spine';

const marker = `keyring${Date.now().toString(36)}`;
const orgSlug = 'limburg-refugee-council';
const orgName = 'Dutch Council for Refugees – Limburg';
const readKeyName = `Case management sync ${marker}`;
const writeKeyName = `Website publisher ${marker}`;

test.describe.configure({ mode: 'serial' });

/** What a partner system would do: one request with the key, from outside the browser. */
async function callWithKey(baseURL: string, key: string, method: string, path: string) {
  const res = await fetch(new URL(`/api/v1${path}`, baseURL), {
    method,
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

test('an org admin creates API keys, a partner uses them, and revoked keys stop working', async ({
  page,
  context,
  baseURL,
}) => {
  const base = baseURL!;
  const keys = new ApiKeysSection(page);
  let readKey = '';
  let writeKey = '';

  await test.step('the org admin opens the API keys of their organisation', async () => {
    await new LoginPage(page).login('orgadmin@twinning.example', 'twinning-orgadmin-2026');
    await page.goto(`/organisations/${orgSlug}`);
    await expect(page.getByTestId('org-manage')).toHaveAttribute('href', '/my-organisation');
    await keys.open();
  });

  await test.step('an incomplete key is refused beside its inputs before anything is sent', async () => {
    await page.getByTestId('apikey-create').click();
    await expect(page.getByTestId('error-apikey-name')).toBeVisible();
    await expect(page.getByTestId('error-apikey-scopes')).toBeVisible();
    await expect(page.getByTestId('apikey-name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('apikey-secret')).toHaveCount(0);
  });

  await test.step('a key that reads private data is created; its secret is shown once and copied', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const nextYear = new Date().getUTCFullYear() + 1;
    readKey = await keys.create({
      name: readKeyName,
      scopes: ['read:private'],
      expires: `${nextYear}-12-31`,
    });
    expect(readKey).toMatch(/^twk_/);
    await expect(page.getByTestId('apikey-created')).toContainText('shown only once');
    await expect(page.getByTestId('apikey-copy')).toBeFocused();
    await page.getByTestId('apikey-copy').click();
    await expect(page.getByTestId('apikey-copy-status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readKey);

    const row = keys.row(readKeyName);
    await expect(row).toContainText('read:private');
    await expect(row).toContainText(`31 Dec ${nextYear}`);
    expect(readKey.startsWith((await row.getAttribute('data-prefix'))!)).toBe(true);

    await keys.dismissSecret();
    await page.reload();
    await expect(keys.row(readKeyName)).toHaveAttribute('data-state', 'active');
    await expect(page.getByText(readKey)).toHaveCount(0);
  });

  await test.step('a second key may only write practices', async () => {
    writeKey = await keys.create({ name: writeKeyName, scopes: ['write:practices'] });
    expect(writeKey).not.toBe(readKey);
    await keys.dismissSecret();
  });

  await test.step('the partner system reads the members with the first key, within its scope only', async () => {
    const members = await callWithKey(base, readKey, 'GET', `/organisations/${orgSlug}/members`);
    expect(members.status).toBe(200);
    expect(members.body.map((m: { email: string }) => m.email)).toContain('orgadmin@twinning.example');

    // Submitting a draft needs write:practices, which this key lacks.
    const submit = await callWithKey(base, readKey, 'POST', '/practices/housing-pathfinders-volunteers/submit');
    expect(submit.status).toBe(403);
    expect(submit.body.required_scope).toBe('write:practices');

    // And the second key may not read the members.
    const refused = await callWithKey(base, writeKey, 'GET', `/organisations/${orgSlug}/members`);
    expect(refused.status).toBe(403);
    expect(refused.body.required_scope).toBe('read:private');
  });

  await test.step('the org admin revokes the first key and it stops working', async () => {
    await keys.revoke(readKeyName);
    const after = await callWithKey(base, readKey, 'GET', `/organisations/${orgSlug}/members`);
    expect(after.status).toBe(401);
    await page.reload();
    await expect(keys.row(readKeyName)).toHaveAttribute('data-state', 'revoked');
    await new Header(page).logout();
  });

  await test.step('a network admin finds the second key among all keys and revokes it', async () => {
    await new LoginPage(page).login('admin@twinning.example', 'twinning-admin-2026');
    await new AdminTools(page).openFromDashboard('api-keys');
    const all = new KeyList(page);
    await expect(all.row(writeKeyName)).toContainText(orgName);
    await expect(all.row(writeKeyName)).toHaveAttribute('data-state', 'active');
    await expect(all.row(readKeyName)).toHaveAttribute('data-state', 'revoked');
    await all.revoke(writeKeyName);
    const after = await callWithKey(base, writeKey, 'GET', `/organisations/${orgSlug}/members`);
    expect(after.status).toBe(401);
  });
});
