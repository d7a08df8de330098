import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, screenshot, startWorkbench, type Workbench } from './workbench-harness.js';

const DROPPED_REPORT = `Assessment: the Zarafshon cell

Zarafshon Battalion, a new cell of Islamic State Khorasan Province, was founded in Khujand in March 2023.[1] Its leader, Farrukh Qodirov, reportedly recruited Tajik migrants in Moscow.[2]

Notes
1. Example Wire, "Cell in Khujand", 12 March 2023.
2. Example Monitor, "Recruiters in Moscow", 3 April 2023.
`;

describe.skipIf(!hasChromium)('workbench: review queue, entity merge and split, ingest by drop', () => {
  let workbench: Workbench;
  beforeAll(async () => {
    workbench = await startWorkbench({ events: false });
  }, 180_000);
  afterAll(async () => {
    await workbench?.close();
  });

  it('decides claims with the keyboard, and the decision persists across a reload', async () => {
    const { page, problems, close } = await workbench.signIn('analyst', '/review');
    const list = page.getByRole('listbox', { name: 'Claims to review' });
    await list.getByRole('option').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const acceptedId = await list.getAttribute('aria-activedescendant');
    expect(acceptedId).toMatch(/^claim-/);
    await page.keyboard.press('a');
    await page.locator(`#${acceptedId} .status`, { hasText: 'accepted' }).waitFor();
    const rejectedId = await list.getAttribute('aria-activedescendant');
    expect(rejectedId).not.toBe(acceptedId);
    await page.keyboard.press('r');
    await page.locator(`#${rejectedId} .status`, { hasText: 'rejected' }).waitFor();
    await page.keyboard.press('e');
    await page.getByRole('dialog', { name: 'Edit claim' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await screenshot(page, 'review');

    await page.reload();
    await list.getByRole('option').first().waitFor();
    expect(await page.locator(`#${acceptedId}`).count()).toBe(0); // no longer proposed
    await page.getByLabel('Status').selectOption('accepted');
    await page.locator(`#${acceptedId}`).waitFor();
    await page.getByLabel('Status').selectOption('rejected');
    await page.locator(`#${rejectedId}`).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('accepts every claim a filter selects', async () => {
    const { page, problems, close } = await workbench.signIn('analyst', '/review?kind=quantity');
    const list = page.getByRole('listbox', { name: 'Claims to review' });
    const count = page.getByRole('status').filter({ hasText: /claims$/ });
    await count.filter({ hasNotText: 'loading' }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    const before = Number((await count.textContent())?.match(/^([\d,]+)/)?.[1]?.replace(',', ''));
    if (before > 0) {
      await page.getByRole('button', { name: 'Accept all matching' }).click();
      await page.getByText(new RegExp(`Accepted ${before} claims by filter`)).waitFor();
      await page.getByText('Nothing to review for this filter.').waitFor();
      expect(await list.getByRole('option').count()).toBe(0);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('merges two entities from the entity page and splits them again', async () => {
    const { page, problems, close } = await workbench.signIn('analyst', '/search?q=Khorasan');
    page.on('dialog', (dialog) => void dialog.accept());
    const hits = page.getByRole('list', { name: 'Entities found' }).getByRole('link');
    await hits.first().waitFor();
    await hits.first().click();
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.getByRole('heading', { name: 'Identity' }).waitFor();
    await page.getByLabel('Merge with').fill('Islamic State');
    const candidate = page.getByRole('list', { name: 'Merge candidates' }).getByRole('button').first();
    await candidate.waitFor();
    const otherName = ((await candidate.getAttribute('aria-label')) ?? '').replace(/^Merge with /, '');
    await candidate.click();
    const merged = page.getByRole('list', { name: 'Merged with' });
    await merged.getByRole('link', { name: otherName }).waitFor();
    await page.reload();
    await merged.getByRole('link', { name: otherName }).waitFor();
    await screenshot(page, 'entity');
    await page.getByRole('button', { name: `Split from ${otherName}` }).click();
    await page.getByText(/Split from .*: 1 same-as claim\(s\) withdrawn/).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Identity' }).waitFor();
    expect(await merged.getByRole('link', { name: otherName }).count()).toBe(0);
    expect(title).not.toBe('');
    expect(problems).toEqual([]);
    await close();
  });

  it('ingests a dropped report with progress, shows its highlights, and reports a broken file with its reason', async () => {
    const { page, problems, close } = await workbench.signIn('analyst', '/ingest');
    const zone = page.getByRole('region', { name: 'Drop files here' });
    const transfer = await page.evaluateHandle(
      ({ report }) => {
        const data = new DataTransfer();
        data.items.add(new File([report], 'zarafshon-cell.txt', { type: 'text/plain' }));
        data.items.add(new File(['%PDF-1.4 not really a pdf'], 'broken.pdf', { type: 'application/pdf' }));
        return data;
      },
      { report: DROPPED_REPORT },
    );
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    const job = page.getByRole('list', { name: 'Imports' }).getByRole('listitem').first();
    await job.getByText('done').waitFor({ timeout: 60_000 });
    const files = job.getByRole('table', { name: 'Files' });
    await expect(files.getByRole('row', { name: /broken\.pdf/ }).textContent()).resolves.toMatch(/corrupt_file|unsupported_format/);
    await screenshot(page, 'ingest');
    await files.getByRole('row', { name: /zarafshon-cell\.txt/ }).getByRole('link', { name: 'open' }).click();
    await page.getByRole('heading', { name: /Zarafshon cell/ }).waitFor();
    const sentences = page.getByRole('list', { name: 'Sentences and their claims' });
    await expect(sentences.locator('.mention-person', { hasText: 'Farrukh Qodirov' }).count()).resolves.toBeGreaterThan(0);
    await expect(sentences.locator('.mention-group', { hasText: 'Zarafshon Battalion' }).count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });
});
