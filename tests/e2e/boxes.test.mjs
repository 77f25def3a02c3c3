// No box or label stands for something that is not there (issue 17, item 3
// and the plain resources of item 2), on the made-up fixture site: a photo
// or video that is not in this publication leaves only its caption, marked
// as such, or nothing; an unknown "Laatst bijgewerkt" is not shown; a
// resource without an address is plain text, with one line per list
// instead of a note per resource; on narrow screens tables keep their
// width and headers break between words only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, PAGES, normalise, openAllAreas, showEveryTable, changedBundle } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const WORDS = {
  nl: {
    gone: /Foto niet beschikbaar|Video niet beschikbaar|link niet beschikbaar|Laatst bijgewerkt|niet bekend/,
    links: 'De adressen van deze bronnen staan niet in deze publicatie.',
    captions: ['Bij een foto die niet in deze publicatie staat: Verzonnen bijschrift Bron: Verzonnen fotograaf.', 'De video waarnaar de tekst verwijst, staat niet in deze publicatie.'],
  },
  en: {
    gone: /Photo not available|Video not available|link not available|Last updated|not known/,
    links: 'The addresses of these resources are not in this publication.',
    captions: ['With a photo that is not in this publication: Made-up caption Source: Made-up photographer.', 'The video the text refers to is not in this publication.'],
  },
};

/** The fixture with media whose files are not in this publication (made
 *  up here; the fixture has none): the water area's photo with its caption
 *  and credit, a video of its project with neither, and a photo of the
 *  featured project with neither, which leaves nothing at all. */
const withMissingMedia = (lang) => (b) => {
  const [caption, credit] = lang === 'nl' ? ['Verzonnen bijschrift', 'Verzonnen fotograaf'] : ['Made-up caption', 'Made-up photographer'];
  b.result_areas[0].photo = { kind: 'photo', caption, credit, src: null, alt: null };
  b.result_areas[0].projects[0].media = { kind: 'video', caption: null, credit: null, src: null, alt: null };
  b.featured.projects[0].media = { kind: 'photo', caption: null, credit: null, src: null, alt: null };
};

for (const p of PAGES) {
  for (const width of [375, 1280]) {
    test(`no placeholder boxes (${p.lang}, ${width}px)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height: 800 });
      await changedBundle(page, withMissingMedia(p.lang), p.lang);
      await page.goto(server.url + p.path);
      await page.locator('h1', { hasText: p.title }).waitFor();
      await openAllAreas(page);
      const w = WORDS[p.lang];
      const text = normalise(await page.locator('main').innerText());
      const gone = text.match(new RegExp(`.{0,60}(${w.gone.source}).{0,20}`, 'g')) ?? [];
      assert.deepEqual(gone, [], 'placeholders');
      assert.equal(await page.locator('main figure.media:not(:has(img, a))').count(), 0, 'no figure without its media');
      // Captions of media that are not here stay, marked; a video the text
      // refers to is said to be missing; a photo with no caption leaves nothing.
      const captions = await page.locator('.media-caption-only').allInnerTexts();
      assert.deepEqual(captions.map(normalise), w.captions);
      assert.deepEqual(await page.locator('.media-caption-only').evaluateAll((cs) => cs.map((c) => c.closest('.area-panel, .featured')?.className)), ['area-panel', 'area-panel'], 'in the area, none in the featured project');
      assert.equal(await page.locator('section.featured').evaluate((f) => f.querySelectorAll('figure, img, .media-note').length), 0, 'nothing for the featured project\'s photo');
      // Resources without an address: plain text in the text colour, one line per list.
      const plain = page.locator('.resource--plain .resource-title');
      assert.equal(await plain.count(), 2, 'the theme\'s resource and the area\'s, both without an address');
      assert.equal(await plain.locator('a').count(), 0);
      const colours = await plain.evaluateAll((hs) => [...new Set(hs.map((h) => getComputedStyle(h).color))]);
      const body = await page.evaluate(() => getComputedStyle(document.querySelector('main')).color);
      assert.deepEqual(colours, [body], 'no link colour on a title that is no link');
      const lists = await page.locator('ul.resources').count();
      const notes = await page.getByText(w.links, { exact: true }).count();
      assert.equal(lists, 2);
      assert.equal(notes, lists, `one note for each of the ${lists} lists`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

for (const p of PAGES) {
  test(`narrow screens: tables keep 300 px at 375 px, and no header breaks inside a word (${p.lang})`, async () => {
    const { page, context } = await newPage(browser, { width: 375, height: 800 });
    await page.goto(server.url + p.path);
    await page.locator('h1', { hasText: p.title }).waitFor();
    await openAllAreas(page);
    await showEveryTable(page);
    const widths = await page.locator('table.chart-table').evaluateAll((ts) => ts.map((t) => Math.round(t.getBoundingClientRect().width)));
    assert.equal(widths.length, 4, 'the fixture\'s four charts as tables');
    assert.ok(Math.min(...widths) >= 300, `table widths ${widths}`);
    // Each header cell is at least as wide as its longest word, measured in its own font.
    const broken = await page.locator('table.chart-table th').evaluateAll((ths) => ths.flatMap((th) => {
      const cs = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${cs.font};letter-spacing:${cs.letterSpacing}`;
      document.body.append(probe);
      const words = th.textContent.split(/\s+/).filter(Boolean).filter((w) => {
        probe.textContent = w;
        return probe.getBoundingClientRect().width > room + 0.5;
      });
      probe.remove();
      return words;
    }));
    assert.deepEqual(broken, [], 'header words wider than their cell');
    await context.close();
  });
}
