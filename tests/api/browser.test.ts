/**
 * A person at GraphiQL: headless Chromium (Debian's chromium package, driven by playwright-core;
 * no browser download) opens the page, runs the headline query it opens with, and sees the answer.
 * Skipped with a message where /usr/bin/chromium is absent (CI installs it: apt-get install -y chromium).
 */
import fs from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { EXAMPLES } from '../../src/api/examples';
import { Api, startApi } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = fs.existsSync(CHROMIUM);
if (!present) console.warn(`Browser test skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);

(present ? describe : describe.skip)('GraphiQL in headless Chromium', () => {
  let api: Api;
  let browser: Browser;
  beforeAll(async () => {
    api = await startApi();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  test('opens on the headline question, runs it and shows North Korea’s deliveries to Russia', async () => {
    const page = await browser.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!/^(http:\/\/127\.0\.0\.1|blob:|data:)/.test(request.url())) offsite.push(request.url());
    });
    await page.goto(api.url);
    await page.locator('.graphiql-query-editor').getByText('exchange').first().waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('North Korea').first().waitFor({ timeout: 30_000 });
    await response.getByText('DELIVERED').first().waitFor();
    expect(offsite).toEqual([]);
    // Every saved example's tab carries its operation name.
    const titles = await page.locator('.graphiql-tab').allInnerTexts();
    expect(titles.map((t) => t.trim())).toEqual(EXAMPLES.map((query) => /query (\w+)/.exec(query)![1]));
    await page.close();
  });
});
