// Vetting from the browser: a new organisation waits unlisted, with a notice for its people;
// the network admin approves it in /admin/organisations (after a confirmation, and the page
// says what happened); it then appears in the members directory.
//
// The registrant's address is not verified here: the verification mail belongs to another
// spec (e2e/mailbox.ts); an unverified registrant still prepares and is approved.
import { test, expect } from '../fixtures';
import {
  AdminOrganisations,
  Directory,
  Header,
  LoginPage,
  RegisterPage,
  pickCodes,
} from '../pages/app';

// A unique word per run: this run's organisation, and nothing else, carries it.
const marker = `vetted${Date.now().toString(36)}`;
const organisation = `Harbour Welcome ${marker}`;
const registrant = { email: `nadia.${marker}@example.org`, password: 'a long enough password' };
const admin = { email: 'admin@twinning.example', password: 'twinning-admin-2026' };

test.describe.configure({ mode: 'serial' });

test('a registered organisation waits for approval, then joins the directory', async ({ page }) => {
  const header = new Header(page);
  const directory = new Directory(page);

  await test.step('someone registers an organisation: it awaits approval', async () => {
    await new RegisterPage(page).register({
      person: 'Nadia Karam',
      email: registrant.email,
      password: registrant.password,
      organisation,
      kind: 'ngo',
      level: 'local',
      country: 'LB',
      city: 'Saida',
      context: 'urban',
      languages: 'ar, en',
    });
    await expect(page).toHaveURL(/\/my-organisation$/);
    const notice = page.getByTestId('org-status-notice');
    await expect(notice).toHaveAttribute('data-status', 'pending');
    await expect(notice).toContainText('Awaiting approval');
    await header.logout();
  });

  await test.step('it is not in the directory yet', async () => {
    await directory.open();
    await pickCodes(page, 'dir-country', 'LB');
    await page.getByTestId('members-submit').click();
    await expect(directory.count()).toHaveText(/^\d+ organisations$/);
    await expect(directory.items().filter({ hasText: marker })).toHaveCount(0);
  });

  await test.step('the network admin sees it first, from the dashboard tile, and approves it', async () => {
    await new LoginPage(page).login(admin.email, admin.password);
    await page.goto('/admin');
    const tile = page.getByTestId('tile-organisations');
    await expect(page.getByTestId('tile-organisations-count')).toHaveText(/^[1-9]\d* organisations? awaiting approval$/);
    await tile.click();
    await expect(page).toHaveURL(/\/admin\/organisations\?status=pending$/);
    const admins = new AdminOrganisations(page);
    const card = admins.card(organisation);
    await expect(card.getByTestId('org-review-registrant')).toContainText(registrant.email);
    // Cancelling changes nothing.
    await card.getByTestId('org-approved').click();
    await card.getByTestId('org-approved-cancel').click();
    await expect(card.getByTestId('org-review-status')).toHaveText('Awaiting approval');
    await admins.approve(organisation);
    await expect(admins.card(organisation)).toHaveCount(0);
    await admins.open('active');
    await expect(admins.card(organisation).getByTestId('org-review-status')).toHaveText('Active');
    await header.logout();
  });

  await test.step('it appears in the directory, for anyone', async () => {
    await directory.open();
    await pickCodes(page, 'dir-country', 'LB');
    await page.getByTestId('members-submit').click();
    await expect(directory.items().filter({ hasText: organisation })).toHaveCount(1);
  });

  await test.step('its people no longer see the notice', async () => {
    await new LoginPage(page).login(registrant.email, registrant.password);
    await page.goto('/my-organisation');
    await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
    await expect(page.getByTestId('org-status-notice')).toHaveCount(0);
  });
});
