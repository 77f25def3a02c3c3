// No box or label stands for something that is not there (issue 17, item 3
// and the plain resources of item 2): a photo or video that is not in this
// publication leaves only its caption, marked as such; an unknown "Laatst
// bijgewerkt" is not shown; a resource without an address is plain text,
// with one line per list instead of a note per resource.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, PAGES, normalise, openAllAreas, showEveryTable } from './harness.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(async () => { await browser?.close(); await server?.close(); });

const WORDS = {
  nl: { gone: /Foto niet beschikbaar|Video niet beschikbaar|link niet beschikbaar|Laatst bijgewerkt|niet bekend/, photo: 'Bij een foto die niet in deze publicatie staat:', links: 'De adressen van deze bronnen staan niet in deze publicatie.' },
  en: { gone: /Photo not available|Video not available|link not available|Last updated|not known/, photo: 'With a photo that is not in this publication:', links: 'The addresses of these resources are not in this publication.' },
};

for (const p of PAGES) {
  for (const width of [375, 1280]) {
    test(`no placeholder boxes (${p.lang}, ${width}px)`, async () => {
      const { page, context, problems } = await newPage(browser, { width, height: 800 });
      await page.goto(server.url + p.path);
      await page.locator('h1', { hasText: p.title }).waitFor();
      await openAllAreas(page);
      const w = WORDS[p.lang];
      const text = normalise(await page.locator('main').innerText());
      const gone = text.match(new RegExp(`.{0,60}(${w.gone.source}).{0,20}`, 'g')) ?? [];
      assert.deepEqual(gone, [], 'placeholders');
      assert.equal(await page.locator('main figure.media:not(:has(img, a))').count(), 0, 'no figure without its media');
      // Captions of media that are not here stay, marked.
      const captions = page.locator('.media-caption-only');
      assert.ok(await captions.count() > 0);
      for (const c of await captions.all()) assert.ok(normalise(await c.innerText()).startsWith(w.photo) || /video/i.test(await c.innerText()));
      // Resources without an address: plain text in the text colour, one line per list.
      const plain = page.locator('.resource--plain .resource-title');
      assert.ok(await plain.count() > 0);
      assert.equal(await plain.locator('a').count(), 0);
      const colours = await plain.evaluateAll((hs) => [...new Set(hs.map((h) => getComputedStyle(h).color))]);
      const body = await page.evaluate(() => getComputedStyle(document.querySelector('main')).color);
      assert.deepEqual(colours, [body], 'no link colour on a title that is no link');
      const lists = await page.locator('ul.resources').count();
      const notes = await page.getByText(w.links, { exact: true }).count();
      assert.ok(notes >= 1 && notes <= lists, `${notes} notes for ${lists} lists`);
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
    assert.ok(widths.length > 3);
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
