// The fidelity of the shipped pages (dist/) to the published report, and
// the one place that reads their whole text: every sentence of the
// published page (tests/fixtures/published/) in its order, on the app's
// page, on the pre-rendered page without script and in print; and every
// text of each language's bundle, with the interface in that language.
// An editor's correction of the shipped bundles breaks this file and the
// native tests/fidelity.rs, and no feature test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  start, newPage, normalise, seedProblems, seedFragments, openAllAreas, showEveryTable, dist, SHIPPED,
} from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start({ shipped: true })));

const PAGES = [
  { lang: 'nl', path: SHIPPED.nlPage, title: 'Opvang in de regio en migratiesamenwerking' },
  { lang: 'en', path: SHIPPED.enPage, title: 'Prospects for refugees and migration cooperation' },
];
after(async () => { await browser?.close(); await server?.close(); });

// Fields that are not shown as text: ids, choices, addresses, and texts the
// page shows in another form (a highlight's template around its figure, a
// chart's point labels, which are in the table and the accessible name;
// what an indicator's count counts, which only sorts indicators into charts;
// a highlight's short label, which only its bar in the highlights chart
// shows, and only highlights that count the same kind of thing get one).
const NOT_SHOWN = new Set(['id', 'type', 'status', 'kind', 'measure', 'dimension', 'href', 'src', 'language',
  'schema_version', 'target', 'indicator', 'last_updated', 'alternative', 'lang', 'text@highlights', 'label@highlights', 'unit', 'counts']);

function texts(value, key = '', parentKey = '', out = []) {
  if (typeof value === 'string') {
    if (!NOT_SHOWN.has(key) && !NOT_SHOWN.has(`${key}@${parentKey}`)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) texts(v, key, parentKey, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) texts(v, k, key || parentKey, out);
  }
  return out;
}

/** Every text of the page's bundle and the interface's words are in `shown`. */
function assertBundleShown(p, shown) {
  const bundlePath = path.join(dist, 'data', '2019', p.lang, 'opvang-in-de-regio-en-migratiesamenwerking.json');
  const expected = [...new Set(texts(JSON.parse(fs.readFileSync(bundlePath, 'utf8'))).map(normalise).filter(Boolean))];
  assert.ok(expected.length > 100, `${expected.length} texts`);
  assert.deepEqual(expected.filter((t) => !shown.includes(t)), [], `${p.lang}: bundle texts missing from the page`);
  // The interface speaks the page's language.
  const ui = p.lang === 'nl'
    ? ['Voortgang', 'Op schema', 'Alles sluiten', 'Grafiek', 'Als tegels', 'Gegevens downloaden (CSV)', 'Wat meet deze indicator?']
    : ['Progress', 'On track', 'Close all', 'Chart', 'As tiles', 'Download data (CSV)', 'What does this indicator measure?'];
  for (const label of ui) assert.ok(shown.includes(label), `${p.lang}: interface label ${label}`);
  if (p.lang === 'en') {
    assert.doesNotMatch(shown, /\b(Voortgang|Resultaatgebied|Tabel|Grafiek|Als grafiek|niet beschikbaar)\b/, 'no Dutch interface text on the English page');
    assert.match(shown, /240,000/);
    assert.doesNotMatch(shown, /\b240\.000\b/);
  }
}

test('the Dutch page shows every sentence and figure of the seed in order (on screen and in print), and every text of its bundle', async () => {
  const [p] = PAGES;
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + p.path);
  await page.locator('h1', { hasText: p.title }).waitFor();
  assert.match(await page.title(), /Opvang in de regio en migratiesamenwerking/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');

  // Printed before the visitor opened an area: paper carries all of them.
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelectorAll('.chart-drawing svg:not(.chart-placeholder)').length >= 5);
  const printed = normalise(await page.evaluate(() => document.body.innerText));
  // "Resultaatgebied openen" is a control on screen; paper has nothing to open.
  const missingInPrint = seedFragments().filter((f) => f !== 'Resultaatgebied openen' && !printed.includes(f));
  assert.deepEqual(missingInPrint, [], 'seed sentences missing from the printout');
  await page.emulateMedia({ media: 'screen' });

  const closedText = normalise(await page.locator('body').innerText());
  await openAllAreas(page);
  const openText = normalise(await page.locator('body').innerText());
  const { missing, outOfOrder } = seedProblems(openText, closedText);
  assert.deepEqual(missing, [], 'sentences of the seed missing from the page');
  assert.deepEqual(outOfOrder, [], 'sentences shown out of the seed order');
  // Figures in Dutch format.
  for (const figure of ['240.000 personen', '36.360 personen', '20.770 personen', '2.873', '1.809', '2.716', '182']) {
    assert.ok(openText.includes(figure), `figure ${figure}`);
  }
  assert.doesNotMatch(openText, /\b(240000|36360|20770|10125|43000)\b/, 'a figure without thousands separator');

  // Every text of the bundle, with every chart as its table.
  await showEveryTable(page);
  assertBundleShown(p, normalise(await page.locator('main').innerText()));
  assert.deepEqual(problems, [], 'console errors or failed requests');
  await context.close();
});

test('the English page shows every text of its bundle, in English', async () => {
  const p = PAGES[1];
  const { page, context, problems } = await newPage(browser);
  await page.goto(server.url + p.path);
  await page.locator('h1', { hasText: p.title }).waitFor();
  await page.getByRole('button', { name: 'Open all' }).click();
  await showEveryTable(page);
  assertBundleShown(p, normalise(await page.locator('main').innerText()));
  assert.deepEqual(problems, []);
  await context.close();
});

test('without script, the static page shows every sentence of the seed in order, its areas opened by their own summaries', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const response = await page.goto(server.url + SHIPPED.nlStatic);
  assert.equal(response.status(), 200);
  const closed = normalise(await page.locator('body').innerText());
  for (const summary of await page.locator('summary.area-toggle').all()) await summary.click();
  const text = normalise(await page.locator('body').innerText());
  const { missing, outOfOrder } = seedProblems(text, closed);
  // The seed's button label is there while the areas are closed.
  assert.ok(closed.includes('Resultaatgebied openen'));
  assert.deepEqual(missing, [],
    'sentences of the seed missing from the static page');
  assert.deepEqual(outOfOrder, [], 'sentences out of the seed order');
  await context.close();
});
