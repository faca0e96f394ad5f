// Browser tests of the dashboard: a real headless Chromium (Debian's, driven by
// playwright-core) over `attache demo`'s database plus articles carrying script payloads.
//
// Usage: node web/tests/dashboard.mjs ATTACHE_BINARY [OUT_DIR]
// Screenshots go to OUT_DIR (default target/e2e). Exit status 1 on any failed check.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(process.argv[2] || 'target/debug/attache');
const out = resolve(process.argv[3] || 'target/e2e');
const browserPath = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!browserPath) {
  console.error('dashboard tests: no Chromium found (apt-get install chromium, or set CHROMIUM)');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const work = join(tmpdir(), `attache-e2e-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const db = join(work, 'demo.db');

let failures = 0;
let passed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failures++; console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`); }
}

execFileSync(bin, ['demo', '--db', db, '--no-serve'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync(bin, ['ingest', '--db', db, '--json', join(here, 'xss.jsonl')], { stdio: ['ignore', 'ignore', 'inherit'] });

const server = spawn(bin, ['serve', '--db', db, '--bind', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolveUrl, reject) => {
  let buf = '';
  const timer = setTimeout(() => reject(new Error('server did not start')), 20000);
  server.stdout.on('data', (d) => {
    buf += d;
    const m = buf.match(/http:\/\/[0-9.:]+\//);
    if (m) { clearTimeout(timer); resolveUrl(m[0]); }
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
const problems = [];
const dialogs = [];
async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  // The stack's top frames say where an error came from (our code or a library's).
  page.on('pageerror', (e) => problems.push(`page error: ${e.message} at ${String(e.stack || '').split('\n').slice(1, 6).map((l) => l.trim()).join(' < ')}`));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  return page;
}
async function ready(page, since) {
  await page.waitForFunction((t) => Number(document.body.dataset.ready || 0) > t, since, { timeout: 30000 });
}
const views = (page) => page.evaluate(() => window.attacheViews);

try {
  // 1. Every view draws data on the demo database.
  const page = await newPage();
  const opening = [];
  page.on('request', (r) => { const u = new URL(r.url()); if (u.pathname.startsWith('/api/')) opening.push(u.pathname + u.search); });
  await page.goto(base);
  await ready(page, 0);
  // The server computes the opening requests at start (WARM_URLS in attache-serve): they
  // must be the ones this page sends, or the warming is wasted.
  const lib = readFileSync(join(here, '../../crates/attache-serve/src/lib.rs'), 'utf8');
  const block = lib.slice(lib.indexOf('pub const WARM_URLS'), lib.indexOf('];', lib.indexOf('pub const WARM_URLS')));
  const warm = [...block.matchAll(/"(\/api\/[^"]*)"/g)].map((m) => m[1]);
  check('the server warms exactly the opening requests', warm.length > 0 && warm.every((u) => opening.includes(u)) && opening.every((u) => warm.includes(u) || u.startsWith('/api/events/')), `warm ${JSON.stringify(warm)} sent ${JSON.stringify([...new Set(opening)])}`);
  let v = await views(page);
  check('stats line shows the corpus', v.stats && v.stats.documents >= 200, JSON.stringify(v.stats && v.stats.documents));
  check('timeline draws events', v.timeline && v.timeline.events > 0 && v.timeline.periods >= 12, JSON.stringify(v.timeline));
  check('network draws nodes and edges', v.network && v.network.nodes >= 5 && v.network.edges >= 5, JSON.stringify(v.network));
  check('map draws places', v.map && v.map.places >= 5, JSON.stringify(v.map));
  check('narratives draw theme series and first uses', v.narratives && v.narratives.series > 0 && v.narratives.firstUse > 0, JSON.stringify(v.narratives));
  check('event table lists events', v.events && v.events.rows > 0, JSON.stringify(v.events));
  const canvases = await page.locator('.chart canvas').count();
  check('charts render to canvases', canvases >= 4, String(canvases));
  await page.screenshot({ path: join(out, '1-dashboard.png'), fullPage: true });

  // 2. A click on an event opens its article with highlights.
  await page.locator('#events tbody tr').first().click();
  await page.waitForFunction(() => window.attacheViews.article && window.attacheViews.article.highlights > 0, null, { timeout: 15000 });
  v = await views(page);
  check('event opens its article with highlights', v.article.highlights > 0 && v.article.selected, JSON.stringify(v.article));
  check('the trigger is highlighted', (await page.locator('#article .hl-trigger').count()) > 0);
  check('the reports table lists the mentions', (await page.locator('#mentions tbody tr').count()) === v.detail.mentions && v.detail.mentions > 0);
  check('the event id is in the URL', new URL(page.url()).searchParams.has('event'), page.url());
  await page.locator('#detail').screenshot({ path: join(out, '2-event-article.png') });

  // 3. A filter changes the URL and the views.
  const before = v.events.total;
  const beforeViews = { timeline: v.timeline.events, network: v.network.edges, map: v.map.places };
  const typeOption = await page.locator('select[name=type] option').nth(1).getAttribute('value');
  let t = Date.now();
  await page.selectOption('select[name=type]', typeOption);
  await ready(page, t);
  v = await views(page);
  check('type filter is in the URL', new URL(page.url()).searchParams.get('type') === typeOption, page.url());
  check('type filter narrows the events', v.events.total > 0 && v.events.total < before, `${v.events.total} of ${before}`);
  check('type filter redraws the timeline', v.timeline.events > 0 && v.timeline.events < beforeViews.timeline, `${v.timeline.events} of ${beforeViews.timeline}`);
  check('type filter redraws the network and the map', v.network.edges <= beforeViews.network && v.map.places <= beforeViews.map && (v.network.edges < beforeViews.network || v.map.places < beforeViews.map), JSON.stringify([v.network, v.map, beforeViews]));
  const badges = await page.locator('#events tbody tr td:nth-child(2)').allTextContents();
  check('every listed event has the type', badges.length > 0 && badges.every((b) => b === typeOption), badges.slice(0, 5).join(','));
  t = Date.now();
  await page.fill('input[name=country]', 'KAZ');
  await page.click('button[type=submit]');
  await ready(page, t);
  check('country filter is in the URL', new URL(page.url()).searchParams.get('country') === 'KAZ', page.url());
  await page.screenshot({ path: join(out, '3-filtered.png'), fullPage: true });

  // A place filter (as a click on the map sets it) narrows the events to that place.
  t = Date.now();
  await page.fill('input[name=country]', '');
  await page.fill('input[name=place]', 'Astana');
  await page.click('button[type=submit]');
  await ready(page, t);
  const places = await page.locator('#events tbody tr td:nth-child(6)').allTextContents();
  check('place filter lists only that place', places.length > 0 && places.every((p) => p === 'Astana'), places.slice(0, 5).join(','));
  t = Date.now();
  await page.fill('input[name=place]', '');
  await page.fill('input[name=country]', 'KAZ');
  await page.click('button[type=submit]');
  await ready(page, t);

  // 4. The URL restores the view in a fresh page.
  const shared = page.url();
  const page2 = await newPage();
  await page2.goto(shared);
  await ready(page2, 0);
  check('a shared URL restores the filters', (await page2.inputValue('input[name=country]')) === 'KAZ' && (await page2.inputValue('select[name=type]')) === typeOption);
  const v2 = await views(page2);
  check('a shared URL draws the same events', v2.events.total === (await views(page)).events.total, `${v2.events.total}`);
  await page2.close();

  // 5. Untrusted text is shown, never run.
  const page3 = await newPage();
  await page3.goto(base + '?q=xsspayload');
  await ready(page3, 0);
  const rows = await page3.locator('#events tbody tr').count();
  check('payload articles are found', rows > 0, String(rows));
  for (let i = 0; i < rows; i++) {
    await page3.locator('#events tbody tr').nth(i).click();
    await page3.waitForFunction(() => window.attacheViews.article, null, { timeout: 15000 });
    await page3.waitForTimeout(200);
  }
  const title = await page3.locator('#mentions tbody').textContent();
  const article = await page3.locator('#article').textContent();
  check('payload titles and outlets are shown as text', /<script>|<svg|<img/.test(title), title.slice(0, 200));
  check('payload article text is shown as text', article.includes('<script>') || article.includes('onerror'), article.slice(0, 200));
  await page3.hover('#mentions tbody tr');
  const xss = await page3.evaluate(() => window.__xss);
  check('no payload ran', xss === undefined && dialogs.length === 0, `window.__xss=${xss} dialogs=${dialogs}`);
  const injected = await page3.evaluate(() => document.querySelectorAll('script:not([src]), img[onerror], svg[onload], [onmouseover]').length);
  check('no payload element entered the page', injected === 0, String(injected));
  const links = await page3.evaluate(() => [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length);
  check('no javascript: link', links === 0, String(links));
  await page3.screenshot({ path: join(out, '4-untrusted-text.png'), fullPage: true });
  await page3.close();

  check('no console errors', problems.length === 0, problems.slice(0, 5).join(' | '));
} catch (e) {
  failures++;
  console.log(`FAIL ${e.stack || e}`);
} finally {
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
console.log(`dashboard: ${passed} passed, ${failures} failed; screenshots in ${out}`);
process.exit(failures ? 1 : 0);
