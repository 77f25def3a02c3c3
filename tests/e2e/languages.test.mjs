// Both languages complete: with every area open, the page shows every text
// of its bundle (titles, paragraphs, list items, captions, labels), and the
// interface around it speaks the same language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, normalise, PAGES, dist, showEveryTable } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
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

for (const p of PAGES) {
  test(`the ${p.lang} page shows every text of its bundle`, async () => {
    const bundlePath = path.join(dist, 'data', '2019', p.lang, 'opvang-in-de-regio-en-migratiesamenwerking.json');
    const bundle = JSON.parse(fs.readFileSync(bundlePath, 'utf8'));
    const expected = [...new Set(texts(bundle).map(normalise).filter(Boolean))];
    assert.ok(expected.length > 100, `${expected.length} texts`);
    const { page, context, problems } = await newPage(browser);
    await page.goto(server.url + p.path);
    await page.locator('h1', { hasText: p.title }).waitFor();
    await page.getByRole('button', { name: /^(Alles openen|Open all)$/ }).click();
    await showEveryTable(page);
    const shown = normalise(await page.locator('main').innerText());
    const missing = expected.filter((t) => !shown.includes(t));
    assert.deepEqual(missing, [], `${p.lang}: bundle texts missing from the page`);
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
    assert.deepEqual(problems, []);
    await context.close();
  });
}
