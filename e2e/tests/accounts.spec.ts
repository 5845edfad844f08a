// A person's own account from the browser, with the mail the server really sends (read from
// the tests' SMTP server): a new account confirms its address from the mailed link and the
// banner goes; a forgotten password is reset from the mailed link and the new one signs in;
// the session survives a reload (refresh cookie) and "sign out everywhere" ends it.
import { test, expect } from '../fixtures';
import { Header, LoginPage, PracticeEditor, RegisterPage } from '../pages/app';
import { MyAccount, PasswordReset, Verification } from '../pages/accounts';

// A unique word per run: this run's person and organisation carry it.
const marker = `verity${Date.now().toString(36)}`;
const person = {
  name: 'Noor Haddad',
  email: `noor.${marker}@example.org`,
  password: 'a long enough password',
  newPassword: 'another long enough password',
};

test.describe.configure({ mode: 'serial' });

test('a new account confirms its address from the mail, and the banner goes', async ({ page }) => {
  const verification = new Verification(page);

  await test.step('registering signs in, with a banner asking to confirm the address', async () => {
    await new RegisterPage(page).register({
      person: person.name,
      email: person.email,
      password: person.password,
      organisation: `Amman Newcomers Hub ${marker}`,
      kind: 'ngo',
      level: 'local',
      country: 'JO',
      city: 'Amman',
      context: 'urban',
      languages: 'ar, en',
    });
    await expect(verification.banner()).toBeVisible();
    await expect(verification.banner()).toContainText(person.email);
  });

  await test.step('a draft can be prepared, and the page says why it cannot be submitted yet', async () => {
    await new PracticeEditor(page).create({
      title: `Homework clubs ${marker}`,
      summary: 'Volunteers and newcomer parents run homework clubs in two libraries.',
      problem: 'Newcomer children fell behind at school while their parents learnt the language.',
      approach: `Twice a week, volunteers help with homework and parents join a language circle (${marker}).`,
      results: 'Sixty children attend; their teachers report better marks in two subjects.',
      countries: 'JO',
      languages: 'ar, en',
      themes: ['education'],
    });
    await expect(page.getByTestId('practice-heading')).toHaveText(`Homework clubs ${marker}`);
    await expect(page.getByTestId('practice-submit')).toHaveCount(0);
    await expect(page.getByTestId('needs-verification')).toContainText('submit this practice');
  });

  await test.step('opening the mailed link confirms the address; the banner is gone', async () => {
    await verification.confirmFromMail(person.email);
    await expect(verification.banner()).toHaveCount(0);
    await page.goto('/account');
    await expect(page.getByTestId('profile-form')).toBeVisible();
    await expect(verification.banner()).toHaveCount(0);
    // Signed in still: the page confirmed it for this very session.
    await expect(page.getByTestId('nav-logout')).toBeVisible();
  });
});

test('a forgotten password is reset from the mailed link, and the new one signs in', async ({
  page,
  browserErrors,
}) => {
  const reset = new PasswordReset(page);

  await test.step('the answer is the same for an address without an account', async () => {
    const unknown = await reset.ask(`nobody.${marker}@example.org`);
    const known = await reset.ask(person.email);
    expect(known).toBe(unknown);
  });

  await test.step('the mailed link sets the new password', async () => {
    await reset.resetFromMail(person.email, person.newPassword);
  });

  await test.step('the old password no longer works; the new one does', async () => {
    browserErrors.expect(
      /status of 401\b.*\/api\/v1\/auth\/login\b/,
      'logging in with the old password is refused',
    );
    await page.goto('/login');
    await page.getByTestId('login-email').fill(person.email);
    await page.getByTestId('login-password').fill(person.password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('error-banner')).toContainText('wrong email or password');
    await new LoginPage(page).login(person.email, person.newPassword);
    await expect(page.getByTestId('me-name')).toHaveText(person.name);
  });
});

test('a session survives a reload and ends everywhere on request', async ({ page, context }) => {
  const account = new MyAccount(page);
  await new LoginPage(page).login(person.email, person.newPassword);

  await test.step('no token is kept in browser storage', async () => {
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    const cookie = (await context.cookies()).find((c) => c.name === 'twinning_refresh');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.path).toBe('/api/v1/auth');
  });

  await test.step('a reload restores the session from the refresh cookie', async () => {
    await account.open();
    await page.reload();
    await expect(page.getByTestId('me-name')).toHaveText(person.name);
    await expect(account.thisDevice()).toHaveCount(1);
  });

  await test.step('"sign out everywhere" asks first, then says what happened', async () => {
    await account.signOutEverywhere();
    await page.goto('/account');
    await expect(page.getByTestId('nav-login')).toBeVisible();
  });

  await test.step('signing in again works', async () => {
    await new LoginPage(page).login(person.email, person.newPassword);
    await new Header(page).logout();
  });
});
