/**
 * The explorer page (issue 10) in a real browser: headless Debian Chromium driven by
 * playwright-core, against the real API on the test Neo4j with the five samples. One page walks
 * through what an analyst does: search, pick an edge, read its claims, compare both directions.
 * Skipped with a message where /usr/bin/chromium is absent (CI installs it).
 * Writes docs/explorer.png, the screenshot the README shows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { buildExplorer } from '../../src/api/explorer';
import { Api, startApi } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = fs.existsSync(CHROMIUM);
if (!present) console.warn(`Explorer browser test skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'docs', 'explorer.png');
const EDGE = 'north-korea->russia:missile';

/** What the page's cytoscape instance shows of an element (window.explorer.cy). */
type Shown = { visible: boolean; faded: boolean; data: Record<string, unknown> } | null;

(present ? describe : describe.skip)('the explorer page in headless Chromium', () => {
  let api: Api;
  let profile: string;
  let outDir: string;
  let context: BrowserContext;
  let page: Page;
  let root: string;
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-explorer-'));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-chromium-'));
    await buildExplorer(outDir);
    api = await startApi({ explorerDir: outDir });
    root = api.url.replace(/\/graphql$/, '/');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    context.on('request', (request) => {
      if (!request.url().startsWith(root) && !/^(blob|data):/.test(request.url())) offsite.push(request.url());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
  });
  afterAll(async () => {
    await context?.close();
    await api?.close();
    for (const dir of [profile, outDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const shown = (id: string) =>
    page.evaluate((elementId): Shown => {
      const cy = (window as unknown as { explorer: { cy: import('cytoscape').Core } }).explorer.cy;
      const element = cy.getElementById(elementId);
      return element.empty() ? null : { visible: element.visible(), faded: element.hasClass('faded'), data: element.data() };
    }, id);

  test('loads with every request to its own server, and draws the network', async () => {
    await page.goto(root);
    await page.locator('body[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator('#transfer-rows tr').first().waitFor();
    expect(await page.locator('#status-line').innerText()).toMatch(/^\d+ transfers? between \d+ actors/);
    expect(await page.locator('#map-body svg path.land').count()).toBe(1);
    // The keyboard starts at the search box, and focus is visible.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => [document.activeElement?.id, getComputedStyle(document.activeElement!).outlineStyle])).toEqual(['search-input', 'solid']);
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('searching "Nordkorea" shows Russia with a delivered missile edge', async () => {
    await page.locator('#search-input').fill('Nordkorea');
    await page.locator('#search button[type=submit]').click();
    await page.locator('#table-caption', { hasText: 'Transfers of North Korea' }).waitFor();
    expect(await page.locator('#resolution').innerText()).toContain('North Korea');
    expect(await shown('russia')).toMatchObject({ visible: true, faded: false, data: { name: 'Russia' } });
    expect(await shown(EDGE)).toMatchObject({
      visible: true,
      faded: false,
      data: { source: 'north-korea', target: 'russia', category: 'missile', status: 'DELIVERED' },
    });
    expect(await shown('iran')).toMatchObject({ faded: true }); // not North Korea's partner
  });

  test('clicking that edge lists its claims; each quote occurs in its article', async () => {
    // A real click on the canvas, at the middle of the edge as cytoscape draws it.
    const point = await page.evaluate((id) => {
      const cy = (window as unknown as { explorer: { cy: import('cytoscape').Core } }).explorer.cy;
      const box = cy.container()!.getBoundingClientRect();
      const middle = cy.getElementById(id).renderedMidpoint();
      return { x: box.left + middle.x, y: box.top + middle.y };
    }, EDGE);
    await page.mouse.click(point.x, point.y);
    await page.locator('#evidence-body .claim').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#evidence-body h3').innerText()).toBe('North Korea → Russia · missile');
    const claims = await page.locator('#evidence-body .claim').evaluateAll((items) =>
      items.map((li) => ({ article: li.getAttribute('data-article')!, quote: li.querySelector('blockquote')!.textContent! })),
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const answer = await api.query<{ article: { text: string } }>('query ($id: ID!) { article(id: $id) { text } }', { id: claim.article });
      expect(answer.data!.article.text).toContain(claim.quote);
    }
    // The article view marks that sentence in the article's text.
    await page.locator('#evidence-body .claim').first().getByRole('button', { name: 'Show in article' }).click();
    const dialog = page.locator('#article-dialog');
    await dialog.locator('mark').waitFor();
    expect(await dialog.locator('mark').innerText()).toBe(claims[0].quote);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test("the exchange view lists the headline's items both ways", async () => {
    const { data } = await api.query<{ exchange: Record<'sent' | 'expectedInReturn', Array<{ items: Array<{ name: string }> }>> }>(
      '{ exchange(from: "Nordkorea", to: "Russland") { sent { items { name } } expectedInReturn { items { name } } } }',
    );
    const sent = data!.exchange.sent.flatMap((t) => t.items.map((i) => i.name));
    const inReturn = data!.exchange.expectedInReturn.flatMap((t) => t.items.map((i) => i.name));
    expect(sent.length).toBeGreaterThan(0);
    expect(inReturn.length).toBeGreaterThan(0);
    await page.locator('#exchange-from').selectOption('North Korea');
    await page.locator('#exchange-to').selectOption('Russia');
    await page.locator('#exchange-form button[type=submit]').click();
    const side = (name: string) => page.locator(`#exchange-result .${name}`);
    await side('side-sent').locator('.chip').first().waitFor();
    expect(await side('side-sent').locator('h3').innerText()).toBe('North Korea → Russia');
    expect(await side('side-return').locator('h3').innerText()).toBe('Russia → North Korea');
    const chips = async (name: string) => (await side(name).locator('.chip').allInnerTexts()).map((t) => t.trim());
    expect(await chips('side-sent')).toEqual(expect.arrayContaining(sent));
    const returned = await side('side-return').locator('h4:text-is("Expected in return") + ul .chip').allInnerTexts();
    expect(returned.map((t) => t.trim())).toEqual(expect.arrayContaining(inReturn));
  });

  test('axe-core finds no serious or critical accessibility violation (contrast, names, labels, roles)', async () => {
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    if (violations.length) console.log('axe (minor and moderate):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('writes the screenshot the README shows; nothing came from another host', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(50_000);
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
