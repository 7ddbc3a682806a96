// browser.mjs - loads the browser view of "dipgraph serve" in Debian's
// headless Chromium (playwright-core), runs an example query, checks the
// results table, the network and the timeline, and saves a screenshot.
// Usage: node browser.mjs URL SCREENSHOT.png
import { chromium } from 'playwright-core';

const [url, shot] = process.argv.slice(2);
const origin = new URL(url).origin;
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage']
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('request', r => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
      problems.push(`request outside the server: ${r.url()}`);
  });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(url, { waitUntil: 'networkidle' });
  // the whole network is drawn on load
  await page.waitForSelector('#network svg .node', { timeout: 15000 });
  const allNodes = await page.locator('#network svg .node').count();
  // the dyad example
  await page.getByRole('button', { name: /Dyad timeline/ }).click();
  await page.waitForFunction(() => document.body.dataset.ran !== undefined, null, { timeout: 15000 });
  const ran = await page.evaluate(() => document.body.dataset.ran);
  const status = await page.locator("#status").textContent();
  const rows = await page.locator('#results-table tbody tr').count();
  await page.waitForSelector('#timeline svg circle', { timeout: 15000 });
  const nodes = await page.locator('#network svg .node').count();
  const edges = await page.locator('#network svg path.edge').count();
  const dots = await page.locator('#timeline svg circle').count();
  // click an actor: its events with their sentences
  await page.locator('#network svg .node[data-iri$="/country/BRA"] circle').click();
  await page.waitForSelector('#details .event', { timeout: 15000 });
  const details = await page.locator('#details .event').count();
  const evidence = await page.locator('#details .evidence').count();
  await page.screenshot({ path: shot, fullPage: false });
  console.log(JSON.stringify({ ran, status, rows, allNodes, nodes, edges, dots, details, evidence, problems }));
} finally {
  await browser.close();
}
