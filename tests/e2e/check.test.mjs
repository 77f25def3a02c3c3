// The editors' page (?check, issue 13): bundle files from the editor's own
// computer, chosen with the file input (playwright's setInputFiles) or
// dropped (a synthetic drop event), read in the browser and never sent.
// On made-up files only: the broken, four-mistakes and unknown-fields
// bundles of tests/fixtures/check/, and the fixture site's bundles and
// catalog (tests/fixtures/site/data/), read from the repository.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, newPage, repo, BUNDLE, BUNDLE_EN, axeViolations, normalise, shotDir, isOpen } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const CHOOSE = /^(Bundelbestanden kiezen|Choose bundle files)/;
// MADE-UP test data with eight problems on purpose (its _comment lists them).
const BROKEN = path.join(repo, 'tests', 'fixtures', 'check', 'broken-made-up.json');
/** A file of the made-up fixture site (tests/fixtures/site/), by its
 *  address on the site: BUNDLE, BUNDLE_EN, '/data/index.json'. */
const fixture = (p) => fs.readFileSync(path.join(repo, 'tests', 'fixtures', 'site', p));
/** The fixture's English bundle with one number changed: the indicator
 *  "leerlingen" counts 8060 instead of 8600 (its highlight keeps 8600). */
const CHANGED = 'result_areas[1].indicators[0].value.value';
function enChanged() {
  const en = fixture(BUNDLE_EN).toString('utf8');
  const at = '"value": 8600,\n            "unit": "pupils"';
  assert.equal(en.split(at).length, 2, 'the fixture\'s English bundle counts 8600 pupils once');
  return en.replace(at, at.replace('8600', '8060'));
}
const file = (name, buffer) => ({ name, mimeType: 'application/json', buffer: Buffer.from(buffer) });

/** Opens the editors' page; returns the page and the requests made after it loaded. */
async function open(width = 1280, query = '?check') {
  const { page, context, problems } = await newPage(browser, { width, height: 900 });
  await page.goto(server.url + '/' + query);
  await page.getByLabel(CHOOSE).waitFor();
  await page.waitForLoadState('networkidle');
  const later = [];
  page.on('request', (r) => later.push(r.url()));
  return { page, context, problems, later };
}

async function choose(page, files) {
  await page.getByLabel(CHOOSE).setInputFiles(files);
  await page.locator('.check-file').first().waitFor();
}

/** Each problem of a file's list: [line, column, path, message]. */
async function listed(page, heading) {
  const section = page.locator('section.check-file', { has: page.getByRole('heading', { name: heading, exact: true }) });
  return section.locator('ol.check-problems > li').evaluateAll((items) => items.map((li) => {
    const where = li.querySelector('.check-where').textContent;
    const m = where.match(/(\d+), \D+(\d+)/);
    return [m ? Number(m[1]) : null, m ? Number(m[2]) : null, li.querySelector('code')?.textContent ?? '', li.querySelector('.check-message').textContent];
  }));
}

test('the overview links to the editors\' page from its footer', async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url + '/');
  const link = page.locator('footer').getByRole('link', { name: 'Voor redacteuren: bundel controleren' });
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Bundel controleren' }).waitFor();
  assert.match(page.url(), /\?check$/);
  await context.close();
});

test('a broken bundle: every problem, in the order of the file, at its line and column, with the lines around it', async () => {
  const { page, context, problems } = await open();
  await choose(page, [file('broken-made-up.json', fs.readFileSync(BROKEN))]);
  const items = await listed(page, 'broken-made-up.json');
  assert.deepEqual(items.map(([line, column, p]) => [line, column, p]), [
    [7, 13, 'theme.year'],
    [17, 20, 'highlights[0].indicator'],
    [23, 15, 'resources[0].href'],
    [80, 21, 'result_areas[0].indicators[0].status'],
    [121, 22, 'result_areas[0].indicators[1].value.value'],
    [154, 13, 'result_areas[1].id'],
    [186, 22, 'result_areas[1].indicators[0].value.value'],
    [220, 9, 'result_areas[1].indicators[1]'],
  ]);
  assert.match(items[3][3], /^gehaald kent de bundel hier niet: kies uit on_track \(Op schema\)/);
  assert.equal(items[7][3], 'Het veld title ontbreekt: het is verplicht');
  // The lines around the first problem, numbered, its line marked.
  const context1 = page.locator('ol.check-problems > li').first().locator('pre.check-context');
  assert.equal(await context1.getAttribute('aria-label'), 'Regels 5 tot en met 9 van broken-made-up.json');
  const text = await context1.textContent();
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l === '7     "year": "2019",');
  assert.ok(at > 0, text);
  // The caret under column 13, after the line number's "7 ".
  assert.equal(lines[at + 1].indexOf('^'), lines[at].indexOf('"2019"'), text);
  assert.equal(await context1.locator('.check-line--at').count(), 1);
  // The count, announced politely.
  const status = page.getByRole('status');
  assert.equal(await status.textContent(), 'broken-made-up.json: 8 problemen.');
  assert.equal(await page.locator('section.check-file .check-count').textContent(), '8 problemen');
  // Messages are in the page's language: nothing marks them otherwise.
  assert.equal(await page.locator('.check-message[lang]').count(), 0);
  // The values they quote from the file are code.
  assert.equal(await page.locator('.check-message').nth(3).locator('code').first().textContent(), 'gehaald');
  await page.screenshot({ path: path.join(shotDir, 'check-problems-1280.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Dutch and English pair with one number changed: that difference, at its place in both files', async () => {
  const { page, context } = await open();
  await choose(page, [file('nl.json', fixture(BUNDLE)), file('en.json', enChanged())]);
  const pair = page.locator('section.check-pair');
  await pair.waitFor();
  assert.equal(normalise(await pair.getByRole('heading').textContent()), 'Vertaling: nl.json en en.json');
  assert.equal(await pair.locator('.check-count').textContent(), '1 verschil');
  const item = pair.locator('ol.check-problems > li');
  assert.equal(await item.count(), 1);
  assert.equal(await item.locator('code').first().textContent(), CHANGED);
  assert.equal(await item.locator('.check-message').textContent(), 'Getal: 8600 in de Nederlandse bundel, 8060 in de Engelse; dit moet in beide talen gelijk zijn');
  // At the number's own line in each file.
  const places = await item.locator('.check-where').allTextContents();
  const line = (text, unit) => {
    const lines = text.split('\n');
    return lines.findIndex((l, i) => /"value": 8[06]{3},/.test(l) && lines[i + 1].includes(`"unit": "${unit}"`)) + 1;
  };
  const [nl, en] = [line(fixture(BUNDLE).toString('utf8'), 'leerlingen'), line(enChanged(), 'pupils')];
  assert.ok(nl > 0 && en > 0, `the number's lines: ${nl}, ${en}`);
  assert.ok(places.some((p) => p.startsWith(`Regel ${nl}, kolom `) && p.endsWith(' in nl.json')), places.join(' | '));
  assert.ok(places.some((p) => p.startsWith(`Regel ${en}, kolom `) && p.endsWith(' in en.json')), places.join(' | '));
  assert.match(await page.getByRole('status').textContent(), /Vertaling: nl\.json en en\.json: 1 verschil\./);
  await context.close();
});

test('a dropped file is read as a chosen one', async () => {
  const { page, context } = await open();
  const text = fs.readFileSync(BROKEN, 'utf8');
  await page.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    const zone = document.querySelector('.check-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.getByRole('heading', { name: 'dropped.json' }).waitFor();
  assert.equal((await listed(page, 'dropped.json')).length, 8);
  await context.close();
});

test('a valid bundle opens as its page, marked as a draft; every part works; "Ander bestand kiezen" goes back', async () => {
  const { page, context, problems } = await open();
  await choose(page, [file('nl.json', fixture(BUNDLE))]);
  const ok = page.locator('.check-ok');
  assert.equal(normalise(await ok.textContent()), 'Geen problemen gevonden: Verzonnen thema, 2019, Nederlands');
  await page.getByRole('button', { name: /^Als pagina bekijken/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Verzonnen thema' }).waitFor();
  assert.match(await page.locator('.draft-notice').textContent(), /^Concept — niet gepubliceerd/);
  assert.equal(await page.locator('h1').count(), 1);
  // An area opens (its <details>), a deep link inside the preview opens
  // its area, a chart shows its table.
  const water = page.locator('#gebied-water');
  assert.equal(await isOpen(water), false);
  await water.locator('summary.area-toggle').click();
  assert.equal(await isOpen(water), true);
  assert.ok(await water.locator('.area-panel').isVisible());
  const scholen = page.locator('#gebied-scholen');
  assert.equal(await isOpen(scholen), false);
  await page.evaluate(() => { location.hash = '#leraren'; });
  await page.waitForFunction(() => document.querySelector('#gebied-scholen details.area-details')?.open);
  assert.ok(await page.locator('#leraren').isVisible(), 'the indicator linked to is shown');
  const figure = page.locator('#chart-sanitair-per-regio');
  await figure.getByRole('radio', { name: 'Tabel' }).check();
  assert.ok(await figure.locator('table.chart-table').isVisible());
  assert.equal(await figure.locator('.chart-drawing').isVisible(), false, 'the table instead of the chart');
  // A download is made in the page.
  const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button.chart-download-csv').click()]);
  assert.equal(download.suggestedFilename(), 'verzonnen-sanitair-per-regio.csv');
  await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bundel controleren' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'nl.json');
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same file chosen again after an edit is read again', async () => {
  const { page, context } = await open();
  await choose(page, [file('bundle.json', fs.readFileSync(BROKEN))]);
  assert.equal((await listed(page, 'bundle.json')).length, 8);
  const fixed = JSON.parse(fs.readFileSync(BROKEN, 'utf8'));
  fixed.theme.year = 2019;
  await page.getByLabel(CHOOSE).setInputFiles([file('bundle.json', JSON.stringify(fixed, null, 2))]);
  await page.waitForFunction(() => document.querySelector('[role=status]').textContent === 'bundle.json: 7 problemen.');
  assert.equal((await listed(page, 'bundle.json')).length, 7);
  await context.close();
});

test('a file that is no bundle says what it is; an oversized file is refused unread', async () => {
  const { page, context } = await open();
  const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
  await choose(page, [
    { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
    file('pagina.json', '<!doctype html><title>Niet gevonden</title>'),
    file('index.json', fixture('/data/index.json')),
    file('groot.json', big),
  ]);
  await page.getByRole('heading', { name: 'groot.json' }).waitFor();
  const message = async (name) => (await listed(page, name)).map(([, , , m]) => m);
  assert.deepEqual(await message('foto.png'), ['Dit is een PNG-afbeelding, geen resultatenbundel (een JSON-tekstbestand)']);
  assert.match((await message('pagina.json'))[0], /^Dit is HTML of XML, geen JSON/);
  assert.deepEqual(await message('index.json'), ['Dit is een catalogus (die noemt bundels), geen bundel']);
  assert.match((await message('groot.json'))[0], /groter dan de grens van 20,0 MB/);
  await context.close();
});

test('no request leaves the page after it has loaded: choosing, listing, previewing', async () => {
  const { page, context, later } = await open();
  await choose(page, [file('nl.json', fixture(BUNDLE)), file('en.json', enChanged()), file('broken.json', fs.readFileSync(BROKEN))]);
  await page.getByRole('button', { name: /^Als pagina bekijken.*nl\.json/ }).click();
  await page.locator('.draft-notice').waitFor();
  await page.locator('#gebied-water summary.area-toggle').click();
  assert.equal(await isOpen(page.locator('#gebied-water')), true);
  await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
  await page.waitForTimeout(300);
  const sent = later.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(sent, [], 'requests after load');
  // Nothing stored either.
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
  await context.close();
});

for (const width of [1280, 320]) {
  test(`axe finds nothing on the editors' page at ${width}px: empty, with problems, in preview`, async () => {
    const { page, context } = await open(width);
    assert.deepEqual(await axeViolations(page), [], 'the empty page');
    await choose(page, [file('broken.json', fs.readFileSync(BROKEN)), file('nl.json', fixture(BUNDLE)), file('en.json', enChanged())]);
    assert.deepEqual(await axeViolations(page), [], 'the problems list');
    await page.getByRole('button', { name: /^Als pagina bekijken.*nl\.json/ }).click();
    await page.locator('.draft-notice').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the preview');
    await context.close();
  });
}

test('in English: the page, its words and the preview\'s draft notice', async () => {
  const { page, context } = await open(1280, '?check&lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('heading', { level: 1, name: 'Check a bundle' }).waitFor();
  await choose(page, [file('en.json', fixture(BUNDLE_EN))]);
  assert.equal(await page.getByRole('status').textContent(), 'en.json: No problems found.');
  assert.equal(normalise(await page.locator('.check-ok').textContent()), 'No problems found: Made-up theme, 2019, English');
  await page.getByRole('button', { name: /^View as a page/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Made-up theme' }).waitFor();
  assert.match(await page.locator('.draft-notice').textContent(), /^Draft — not published/);
  // Its areas' <details>, named in English.
  assert.deepEqual((await page.locator('details.area-details > summary.area-toggle').evaluateAll((ss) => ss.map((s) => s.innerText))).map(normalise),
    ['Made-up area water, Open result area', 'Made-up area schools, Open result area']);
  await context.close();
});

// MADE-UP test data with four mistakes an editor might make (issue 27; its
// _comment lists them): a status one character off, a highlight naming an
// indicator id one letter off, a javascript: address and a negative count.
const FOUR = path.join(repo, 'tests', 'fixtures', 'check', 'four-mistakes-made-up.json');
const FOUR_AT = [
  'highlights[0].indicator',
  'resources[0].href',
  'result_areas[0].indicators[0].status',
  'result_areas[1].indicators[0].value.value',
];
// Words only English uses, and words only Dutch uses, as messages use them.
const ONLY_ENGLISH = ['the', 'not', 'must', 'with', 'and', 'or', 'this', 'here', 'there', 'file', 'value',
  'missing', 'field', 'choose', 'from', 'use', 'an', 'which', 'than', 'one', 'did', 'you', 'mean', 'page',
  'number', 'text', 'known', 'knows', 'address', 'allowed', 'negative', 'count', 'cannot', 'below', 'zero',
  'write', 'without', 'minus', 'sign', 'no', 'has', 'track', 'partly', 'off', 'data'];
const ONLY_DUTCH = ['het', 'de', 'een', 'niet', 'moet', 'kies', 'uit', 'bedoelde', 'hier', 'geen', 'heeft',
  'bundel', 'adres', 'toegestaan', 'gebruik', 'aantal', 'kan', 'onder', 'nul', 'zijn', 'schrijf', 'zonder',
  'minteken', 'schema', 'deels', 'gegevens', 'deze', 'negatief', 'maar', 'kent'];

/** Each message of a file: its path, its words outside the values it quotes (code), and its text. */
async function messages(page, heading) {
  const section = page.locator('section.check-file', { has: page.getByRole('heading', { name: heading, exact: true }) });
  return section.locator('ol.check-problems > li').evaluateAll((items) => items.map((li) => {
    const message = li.querySelector('.check-message');
    const own = [...message.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' ');
    return { path: li.querySelector('.check-where code').textContent, own, text: message.textContent };
  }));
}

const words = (text) => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1);
/** The number of the first line of a file that holds `words`. */
const lineOf = (file, words) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(words)) + 1;

test('four mistakes on the Dutch page: four Dutch messages, each with the label or the suggestion that fits', async () => {
  const { page, context, problems } = await open();
  await choose(page, [file('vier-fouten.json', fs.readFileSync(FOUR))]);
  const said = await messages(page, 'vier-fouten.json');
  assert.deepEqual(said.map((m) => m.path), FOUR_AT);
  const [indicator, address, status, count] = said.map((m) => m.text);
  const [reference, definition] = [lineOf(FOUR, '"indicator": "toegang-tot-ondewijs"'), lineOf(FOUR, '"id": "toegang-tot-onderwijs"')];
  assert.equal(indicator, `Geen indicator heeft het id toegang-tot-ondewijs (regel ${reference}), maar regel ${definition} heeft het id toegang-tot-onderwijs. ` +
    `Is dat id veranderd? Links die lezers al delen gebruiken het oude id: staat er een tikfout in de id op regel ${definition}? Zo niet, bedoelde u hier toegang-tot-onderwijs?`);
  assert.match(address, /^Het adres javascript:alert\(1\) is niet toegestaan: gebruik een adres met https:/);
  assert.match(status, /^on-track kent de bundel hier niet: kies uit on_track \(Op schema\), partly_on_track \(Deels op schema\)/);
  assert.match(status, /; bedoelde u on_track \(Op schema\)\?$/);
  assert.match(count, /^-5 is negatief, maar een aantal kan niet onder nul zijn/);
  for (const { own, text } of said) {
    const english = words(own).filter((w) => ONLY_ENGLISH.includes(w));
    assert.deepEqual(english, [], `English in: ${text}`);
  }
  assert.equal(await page.getByRole('status').textContent(), 'vier-fouten.json: 4 problemen.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same four mistakes on the English page: four English messages', async () => {
  const { page, context } = await open(1280, '?check&lang=en');
  await choose(page, [file('four-mistakes.json', fs.readFileSync(FOUR))]);
  const said = await messages(page, 'four-mistakes.json');
  assert.deepEqual(said.map((m) => m.path), FOUR_AT);
  const [indicator, address, status, count] = said.map((m) => m.text);
  const [reference, definition] = [lineOf(FOUR, '"indicator": "toegang-tot-ondewijs"'), lineOf(FOUR, '"id": "toegang-tot-onderwijs"')];
  assert.equal(indicator, `No indicator has the id toegang-tot-ondewijs (line ${reference}), but line ${definition} has the id toegang-tot-onderwijs. ` +
    `Was that id changed? Links readers have already shared use the old id: is there a typo in the id on line ${definition}? If not, did you mean toegang-tot-onderwijs here?`);
  assert.match(address, /^The address javascript:alert\(1\) is not allowed/);
  assert.match(status, /choose from on_track \(On track\), partly_on_track \(Partly on track\).*; did you mean on_track \(On track\)\?$/);
  assert.match(count, /^-5 is negative, but a count cannot be below zero/);
  for (const { own, text } of said) {
    const dutch = words(own).filter((w) => ONLY_DUTCH.includes(w));
    assert.deepEqual(dutch, [], `Dutch in: ${text}`);
  }
  await context.close();
});

test('a translation that cannot be compared says so, and why', async () => {
  const { page, context } = await open();
  const nl = fixture(BUNDLE).toString('utf8');
  assert.ok(nl.includes('"status": "on_track"'), 'the fixture has an indicator on track');
  const broken = nl.replace('"status": "on_track"', '"status": "on-track"');
  await choose(page, [file('nl.json', broken), file('en.json', fixture(BUNDLE_EN))]);
  const pair = page.locator('section.check-pair');
  await pair.waitFor();
  assert.equal(normalise(await pair.getByRole('heading').textContent()), 'Vertaling: nl.json en en.json');
  assert.equal(await pair.locator('.check-count').textContent(),
    'Vertaling niet vergeleken: de Nederlandse bundel heeft problemen; los die eerst op');
  assert.match(await page.getByRole('status').textContent(), /Vertaling: nl\.json en en\.json: Vertaling niet vergeleken/);
  await context.close();
});

test('the language switch keeps the editors\' page, both ways', async () => {
  const { page, context } = await open();
  await page.locator('footer').getByRole('link', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Check a bundle' }).waitFor();
  assert.match(page.url(), /\?check&lang=en$/);
  await page.locator('footer').getByRole('link', { name: 'Nederlands', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Bundel controleren' }).waitFor();
  assert.match(page.url(), /\?check$/);
  await context.close();
});

// MADE-UP test data with five field names the format does not know (issue
// 33; its _comment lists them), among them "previuos" for "previous": the
// page would silently drop that indicator's comparison chart.
const UNKNOWN = path.join(repo, 'tests', 'fixtures', 'check', 'unknown-fields-made-up.json');

for (const [query, name, said, count] of [
  ['?check', 'velden.json', 'Het veld previuos kent de bundel hier niet, dus de pagina zou het weglaten; bedoelde u previous?', 'velden.json: 5 problemen.'],
  ['?check&lang=en', 'fields.json', 'The bundle has no field previuos here, so the page would leave it out; did you mean previous?', 'fields.json: 5 problems.'],
]) {
  test(`a misspelt field is a problem at its line, with the field it should be (${query})`, async () => {
    const { page, context, problems } = await open(1280, query);
    await choose(page, [file(name, fs.readFileSync(UNKNOWN))]);
    const items = await listed(page, name);
    assert.deepEqual(items.map(([line, , p]) => [line, p]), [
      [lineOf(UNKNOWN, '"opmerking"'), 'theme.opmerking'],
      [lineOf(UNKNOWN, '"lable"'), 'highlights[0].lable'],
      [lineOf(UNKNOWN, '"sourse"'), 'resources[0].sourse'],
      [lineOf(UNKNOWN, '"titel"'), 'resources[1].titel'],
      [lineOf(UNKNOWN, '"previuos"'), 'result_areas[0].indicators[0].previuos'],
    ]);
    assert.equal(items[4][3], said);
    // The field quoted from the file and the suggestion are code.
    const message = page.locator('.check-message').nth(4);
    assert.deepEqual(await message.locator('code').allTextContents(), ['previuos', 'previous']);
    assert.equal(await page.getByRole('status').textContent(), count);
    // Not a bundle the page shows: no preview.
    assert.equal(await page.locator('.check-ok').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
