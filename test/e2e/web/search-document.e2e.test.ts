import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, screenshot, startWorkbench, type Workbench } from './workbench-harness.js';

describe.skipIf(!hasChromium)('workbench: sign-in, search, document view', () => {
  let workbench: Workbench;
  beforeAll(async () => {
    // the reports only: no test here reads the demo's dataset events
    workbench = await startWorkbench({ events: false });
  }, 180_000);
  afterAll(async () => {
    await workbench?.close();
  });

  it('refuses a wrong password and says so', async () => {
    const { page, close } = await workbench.anonymous();
    await page.goto('/');
    await page.getByLabel('Name').fill('analyst');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/name or password/i);
    await close();
  });

  it('signs in by the one-time link', async () => {
    const { page, problems, close } = await workbench.anonymous();
    await page.goto('/login/one-time-analyst');
    await page.getByRole('button', { name: /User menu: analyst/ }).waitFor();
    expect(new URL(page.url()).pathname).not.toMatch(/^\/login/);
    expect(problems).toEqual([]);
    await close();
  });

  it('finds an entity by a name in another script as you type, and opens its page', async () => {
    const { page, problems, close } = await workbench.signIn('analyst');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search entities, documents and events').pressSequentially('ISKP', { delay: 30 });
    const entities = page.getByRole('list', { name: 'Entities found' });
    await entities.getByRole('link').first().waitFor();
    const names = await entities.getByRole('link').allTextContents();
    expect(names.some((name) => /Khorasan/i.test(name))).toBe(true);
    await screenshot(page, 'search');
    await entities.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Names' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Khorasan|ISKP|IS-K/i);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows a report with its mentions highlighted and claims beside their sentences', async () => {
    const { page, problems, close } = await workbench.signIn('analyst');
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    const rows = page.getByRole('row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(4); // header + the three sample reports
    await page.getByRole('link', { name: /external operations/i }).click();
    const sentences = page.getByRole('list', { name: 'Sentences and their claims' });
    await sentences.waitFor();
    expect(await page.locator('.mention').count()).toBeGreaterThan(5 + 5); // the legend has five
    const claims = sentences.getByRole('article');
    expect(await claims.count()).toBeGreaterThan(3);
    // a claim whose sentence cites an endnote shows the cited work
    expect(await sentences.getByRole('list', { name: 'cited works' }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/^marking TLP:/).first().textContent()).toMatch(/^TLP:/);
    await screenshot(page, 'document');
    expect(problems).toEqual([]);
    await close();
  });
});
