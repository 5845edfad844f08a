// An org admin brings a colleague in and later removes them, from the browser, with the mail
// the server really sends: the invitation goes to the address as a /join link, the colleague
// opens it and joins (their address needs no further confirming), appears among the people, is
// removed after a confirmation, and can no longer sign in. The network admin finds them.
import { test, expect } from '../fixtures';
import { Header, LoginPage } from '../pages/app';
import { AdminPeople, JoinPage, Members } from '../pages/members';

// A unique word per run: this run's colleague carries it.
const marker = `joiner${Date.now().toString(36)}`;
const orgAdmin = { email: 'orgadmin@twinning.example', password: 'twinning-orgadmin-2026' };
const admin = { email: 'admin@twinning.example', password: 'twinning-admin-2026' };
const colleague = {
  name: `Sanne ${marker}`,
  email: `sanne.${marker}@example.org`,
  password: 'a long enough password',
};

test.describe.configure({ mode: 'serial' });

test('invited by mail, a colleague joins from the link, then is removed', async ({
  page,
  browserErrors,
}) => {
  const members = new Members(page);
  const join = new JoinPage(page);
  const header = new Header(page);

  await test.step('the org admin invites the colleague by address', async () => {
    await new LoginPage(page).login(orgAdmin.email, orgAdmin.password);
    await members.open();
    const said = await members.invite(colleague.email);
    expect(said).toContain(`An invitation was mailed to ${colleague.email}`);
    await expect(members.invitation(colleague.email)).toContainText('open until');
    await header.logout();
  });

  await test.step('the mailed link opens the join page, for that address', async () => {
    const offer = await join.openFromMail(colleague.email);
    expect(offer).toContain('Limburg');
    expect(offer).toContain('as member');
    await expect(join.email()).toHaveValue(colleague.email);
    await expect(join.email()).toHaveAttribute('readonly', '');
  });

  await test.step('joining signs them in, with no address left to confirm', async () => {
    await join.accept(colleague.name, colleague.password);
    await expect(page.getByTestId('me-name')).toHaveText(colleague.name);
    await expect(page.getByTestId('verify-banner')).toHaveCount(0);
    await header.logout();
  });

  await test.step('the org admin sees them among the people and removes them', async () => {
    await new LoginPage(page).login(orgAdmin.email, orgAdmin.password);
    await members.open();
    await expect(members.row(colleague.email)).toBeVisible();
    await expect(members.row(colleague.email).getByTestId('member-role')).toHaveText('Member');
    await expect(members.invitation(colleague.email)).toContainText('used');
    const said = await members.remove(colleague.email);
    expect(said).toBe(`${colleague.name} was removed from your organisation.`);
    await expect(members.row(colleague.email)).toHaveCount(0);
    await header.logout();
  });

  await test.step('the removed colleague can no longer sign in', async () => {
    browserErrors.expect(/status of 403/, 'the login of a removed person is refused');
    await page.goto('/login');
    await page.getByTestId('login-email').fill(colleague.email);
    await page.getByTestId('login-password').fill(colleague.password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('error-banner')).toContainText('removed from your organisation');
  });

  await test.step('the network admin finds them, marked as removed', async () => {
    await new LoginPage(page).login(admin.email, admin.password);
    const people = new AdminPeople(page);
    await people.search(marker);
    await expect(page.getByTestId('people-count')).toHaveText('1 person');
    await expect(people.person(colleague.email).getByTestId('person-flags')).toContainText(
      'removed from their organisation',
    );
  });
});
