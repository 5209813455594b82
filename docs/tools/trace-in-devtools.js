// Opens a trace.json export in Chromium's DevTools Performance panel (Load trace...) and saves a screenshot: how
// docs/trace-devtools.png was made, on a machine without network (Perfetto's UI is a web page; Debian's Chromium
// has no chrome://tracing). Not part of the build.
//
//   apt-get install -y chromium && npm install puppeteer-core@23
//   node docs/tools/trace-in-devtools.js EXPORT/trace.json docs/trace-devtools.png
//
// The clicks are at the panel's own positions for a 3-VM trace in a 1600x900 window: expand the run's process and
// its three VM tracks, zoom in (W) around 600 px, select the receive at (1283, 238).
const fs = require('fs');
const puppeteer = require('puppeteer-core');
const sleep = ms => new Promise(r => setTimeout(r, ms));

(async () => {
  const [trace, png] = process.argv.slice(2);
  const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--window-size=1600,900'],
      userDataDir: fs.mkdtempSync('/tmp/devtools-profile-')});
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1600, height: 900});
    await page.goto('devtools://devtools/bundled/devtools_app.html', {waitUntil: 'load'});
    await sleep(2000);
    const deepFind = (test) => page.evaluateHandle((source) => {
      const matches = eval(source);
      const walk = root => {
        for (const e of root.querySelectorAll('*')) {
          if (matches(e)) return e;
          const inner = e.shadowRoot && walk(e.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      return walk(document);
    }, test.toString());
    await (await deepFind(e => e.getAttribute('role') === 'tab' && /Performance/.test(e.textContent))).asElement().click();
    await sleep(2000);
    const load = await deepFind(e => /^Load (profile|trace)/.test(e.getAttribute('aria-label') || ''));
    const [chooser] = await Promise.all([page.waitForFileChooser({timeout: 5000}), load.asElement().click()]);
    await chooser.accept([trace]);
    await sleep(5000);
    await page.mouse.click(1571, 77); // the keyboard-shortcuts card shown on a first load
    await sleep(300);
    await page.mouse.click(15, 40); // the sidebar
    await sleep(800);
    for (const [x, y] of [[10, 129], [20, 188], [20, 167], [20, 146]]) {
      await page.mouse.click(x, y);
      await sleep(700);
    }
    await page.mouse.move(600, 300);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.down('w');
      await sleep(120);
      await page.keyboard.up('w');
    }
    await sleep(500);
    await page.mouse.click(1283, 238);
    await sleep(1500);
    await page.screenshot({path: png});
  } finally {
    await browser.close();
  }
})();
