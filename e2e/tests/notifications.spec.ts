// The spine seen from the browser: a submission reaches the network admins' bell, a
// publication reaches the owner's bell (the worker runs in-process in `twinning serve`), the
// activity feed tells it, the owner tunes their mail, and the admin reads the mail and the
// jobs. Also: the practice page offers only what the server's permissions allow.
import { test, expect } from '../fixtures';
import { lastMailTo, linkIn } from '../mailbox';
import {
  AdminOrganisations,
  Header,
  LoginPage,
  ModerationQueue,
  PracticeEditor,
  PracticePage,
  RegisterPage,
} from '../pages/app';
import { AccountPage, ActivityFeed, AdminTools, Bell, NotificationsPage } from '../pages/spine';
import { Verification } from '../pages/accounts';

// A unique word per run: this run's organisation and practice, and nothing else, carry it.
const marker = `bellwether${Date.now().toString(36)}`;
const title = `Shared kitchens for newcomers ${marker}`;
const organisation = `Kitchen Collective ${marker}`;
const owner = { email: `amira.${marker}@example.org`, password: 'a long enough password' };
const admin = { email: 'admin@twinning.example', password: 'twinning-admin-2026' };

test.describe.configure({ mode: 'serial' });

test('the admin publishes a submitted practice and the owner’s bell shows it', async ({ page }) => {
  // The owner's bell may wait for its next poll (every 45 s) if the worker is slower than a login.
  test.setTimeout(150_000);
  const header = new Header(page);
  const bell = new Bell(page);
  const notifications = new NotificationsPage(page);

  await test.step('a new organisation registers: nothing in its bell yet', async () => {
    await new RegisterPage(page).register({
      person: 'Amira Saleh',
      email: owner.email,
      password: owner.password,
      organisation,
      kind: 'ngo',
      level: 'local',
      country: 'JO',
      city: 'Irbid',
      context: 'urban',
      languages: 'ar, en',
    });
    await expect(page.getByTestId('nav-bell')).toBeVisible();
    await bell.expectUnread(0);
    // Submitting waits for a confirmed address: the owner opens the link mailed to them.
    await new Verification(page).confirmFromMail(owner.email);
  });

  await test.step('a network admin approves it, and its bell says so', async () => {
    await header.logout();
    await new LoginPage(page).login(admin.email, admin.password);
    await new AdminOrganisations(page).approve(organisation);
    await header.logout();
    await new LoginPage(page).login(owner.email, owner.password);
    const item = await notifications.waitFor(`${organisation} is approved`);
    await expect(item).toContainText('member of the network');
    await notifications.markAllRead();
    await bell.expectUnread(0);
  });

  await test.step('it documents a practice and submits it for review', async () => {
    await new PracticeEditor(page).create({
      title,
      summary: 'Newcomers and neighbours cook and sell meals together in a shared kitchen.',
      problem: 'Refugee women in Irbid had cooking skills but no licensed kitchen to earn from them.',
      approach: `A municipal kitchen is shared on a rota, with hygiene training and a market stall (${marker}).`,
      results: 'Forty women trained; twenty-two sell meals every week; two opened their own stalls.',
      countries: 'JO',
      languages: 'ar, en',
      themes: ['livelihoods'],
    });
    const practice = new PracticePage(page);
    await practice.expectTitle(title);
    await practice.expectStatus(/draft/i);
    // The server lets the owner edit and submit its draft, and nothing more.
    await expect(page.getByTestId('practice-edit')).toBeVisible();
    await expect(page.getByTestId('practice-publish')).toHaveCount(0);
    await practice.submit();
    await expect(page.getByTestId('practice-edit')).toHaveCount(0);
    await expect(page.getByTestId('practice-submit')).toHaveCount(0);
    await header.logout();
  });

  await test.step('the network admin is told of the submission, marks all read, and follows the link', async () => {
    await new LoginPage(page).login(admin.email, admin.password);
    const item = await notifications.waitFor(title);
    await expect(item).toContainText(`“${title}” was submitted for review`);
    await expect(item).toContainText(organisation);
    await expect(item).toHaveAttribute('data-unread', 'true');
    await expect(bell.count()).toHaveText(/^[1-9]\d*$/);
    await notifications.markAllRead();
    await bell.expectUnread(0);
    await expect(notifications.items().and(page.locator('[data-unread="true"]'))).toHaveCount(0);
    await expect(notifications.item(title)).toHaveAttribute('data-unread', 'false');
    await notifications.item(title).getByTestId('notification-link').click();
    await expect(page).toHaveURL(/\/admin\/moderation$/);
  });

  await test.step('the admin publishes it', async () => {
    await new ModerationQueue(page).publish(title);
    await header.logout();
  });

  await test.step('the owner logs in and the bell shows the publication', async () => {
    await new LoginPage(page).login(owner.email, owner.password);
    await bell.expectUnread(1, 60_000);
    await bell.open();
    const item = notifications.item(title);
    await expect(item).toContainText(`“${title}” is published`);
    await expect(item).toHaveAttribute('data-unread', 'true');
    await expect(page.getByTestId('notifications-unread')).toHaveText('1 unread.');
  });

  await test.step('opening the notification leads to the practice and counts as read', async () => {
    await notifications.item(title).getByTestId('notification-link').click();
    const practice = new PracticePage(page);
    await practice.expectTitle(title);
    await practice.expectStatus(/published/i);
    // Published: the owner may no longer edit or submit it.
    await expect(page.getByTestId('practice-edit')).toHaveCount(0);
    await bell.expectUnread(0);
    await notifications.open();
    await expect(notifications.item(title)).toHaveAttribute('data-unread', 'false');
    await expect(page.getByTestId('notifications-read-all')).toHaveCount(0);
  });

  await test.step('the owner chooses how each kind of notification reaches them by mail', async () => {
    const account = new AccountPage(page);
    await account.open();
    await expect(page.getByTestId('account-email')).toHaveText(owner.email);
    // Only the kinds that can reach an org admin who is not a network admin.
    await expect(account.choice('practice_submitted', 'immediate')).toHaveCount(0);
    await expect(account.choice('practice_published', 'immediate')).toBeChecked();
    await expect(account.choice('member_joined', 'weekly')).toBeChecked();

    await account.choose('practice_published', 'never');
    await account.choose('member_joined', 'immediate');
    const saved = await account.save();
    await expect(saved.getByTestId('prefs-saved-practice_published')).toContainText('Not by mail (only the bell)');
    await expect(saved.getByTestId('prefs-saved-member_joined')).toContainText('By mail at once');

    await page.reload();
    await expect(account.choice('practice_published', 'never')).toBeChecked();
    await expect(account.choice('member_joined', 'immediate')).toBeChecked();
    await expect(account.choice('practice_rejected', 'immediate')).toBeChecked();
  });
});

test('the activity feed tells the publication, on the home page and the organisation’s page', async ({ page }) => {
  const feed = new ActivityFeed(page);
  await page.goto('/');
  const item = feed.item(title);
  await expect(item).toHaveAttribute('data-type', 'practice.published');
  // The line the Atom feed shows too (`Event::headline`), leading to the practice.
  await expect(item.getByTestId('activity-link')).toHaveText(`${organisation} published “${title}”`);
  await expect(item.getByTestId('activity-link')).toHaveAttribute('href', /^\/practices\/[a-z0-9-]+$/);
  await expect(page.getByTestId('activity-atom')).toHaveAttribute('href', '/feeds/activity.atom');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/feeds/activity.atom',
  );

  await item.getByTestId('activity-org').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
  await expect(feed.item(title)).toHaveAttribute('data-type', 'practice.published');
  // Anonymous visitors manage nothing.
  await expect(page.getByTestId('org-manage')).toHaveCount(0);
});

test('the admin reads the owner’s mail and the jobs, and is offered only what the server allows', async ({ page }) => {
  await new LoginPage(page).login(admin.email, admin.password);
  const tools = new AdminTools(page);

  await tools.openFromDashboard('mail');
  // The publication's mail to the owner: one, sent by the worker to the tests' SMTP server,
  // where it arrived with the same subject, and listed in the outbox as sent.
  const mail = tools.mail(owner.email).filter({ hasText: `“${title}” is published` });
  await expect(mail).toHaveCount(1);
  await expect(mail.getByTestId('mail-subject')).toHaveText(`[Twinning] “${title}” is published`);
  await expect(mail.getByTestId('mail-to')).toHaveText(owner.email);
  await expect(mail.getByTestId('mail-status')).toHaveText('Sent');
  const received = await lastMailTo(owner.email, { subject: /is published/ });
  expect(received.subject).toBe(`[Twinning] “${title}” is published`);
  expect(received.text).toContain('Hello Amira Saleh,');
  await mail.getByText('Read the text').click();
  const body = mail.getByTestId('mail-body');
  await expect(body).toContainText('Hello Amira Saleh,');
  await expect(body).toContainText(/Open it in Twinning: \S+\/practices\/[a-z0-9-]+/);
  // Not an account mail: it carries the one-click unsubscribe (not redacted in demo mode).
  await expect(body).toContainText(/Stop these mails: \S+\/api\/v1\/unsubscribe\/\S+/);
  // The link opens the server's own page, which asks before it acts (only its button, a POST,
  // unsubscribes; link scanners only GET): the owner would see the question and the button.
  const unsubscribe = await page.context().newPage();
  await unsubscribe.goto(linkIn(received, '/api/v1/unsubscribe/'));
  await expect(unsubscribe.getByRole('heading', { level: 1 })).toHaveText('Stop these mails?');
  await expect(unsubscribe.getByText('One of your organisation\'s practices was published')).toBeVisible();
  await expect(unsubscribe.getByRole('button', { name: 'Stop these mails' })).toBeVisible();
  await unsubscribe.close();
  // Nothing failed, and the owner's mail is among the sent ones.
  await tools.filterMail('failed');
  await expect(page.getByTestId('mail-empty')).toHaveText('No mail has this status.');
  await tools.filterMail('sent');
  await expect(mail).toHaveCount(1);
  await expect(tools.mailNotIn('sent')).toHaveCount(0);

  await tools.openFromDashboard('jobs');
  await page.getByTestId('jobs-status').selectOption('done');
  await expect(page).toHaveURL(/status=done/);
  await expect(page.getByTestId('job-item').first()).toHaveAttribute('data-status', 'done');
  await expect(page.locator('[data-testid="job-item"]:not([data-status="done"])')).toHaveCount(0);
  await expect(page.getByTestId('jobs-count')).toHaveText(/^\d+ jobs?$/);

  await test.step('the practice page offers only what the server allows: no editor on another organisation’s draft', async () => {
    // A draft of the Limburg council in the demo network.
    const draft = '/practices/housing-pathfinders-volunteers';
    await page.goto(draft);
    await new PracticePage(page).expectStatus(/draft/i);
    for (const action of ['practice-edit', 'practice-submit', 'practice-publish', 'practice-reject', 'practice-archive']) {
      await expect(page.getByTestId(action)).toHaveCount(0);
    }
    await page.goto(`${draft}/edit`);
    await expect(page.getByTestId('error-banner')).toContainText("Only the practice's own organisation may edit it.");
    await expect(page.getByTestId('practice-save')).toHaveCount(0);
    await new Header(page).logout();

    // Its own organisation still edits it.
    await new LoginPage(page).login('orgadmin@twinning.example', 'twinning-orgadmin-2026');
    await page.goto(draft);
    await expect(page.getByTestId('practice-edit')).toBeVisible();
    await expect(page.getByTestId('practice-submit')).toBeVisible();
    await expect(page.getByTestId('practice-publish')).toHaveCount(0);
  });
});
