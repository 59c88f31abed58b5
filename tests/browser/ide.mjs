// Opens Banana Cake Pop at a GraphApi endpoint in Debian's headless Chromium, runs `{ __typename }` through the
// IDE's own editor and Run button, checks the response pane shows the result, and saves a screenshot.
// Usage: node ide.mjs http://127.0.0.1:5080/graphql artifacts/screenshots
// Every request to a host other than the endpoint's is aborted, so the test proves the IDE works offline.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [endpoint, outputFolder] = process.argv.slice(2);
if (!endpoint || !outputFolder) {
  console.error('usage: node ide.mjs <graphql endpoint URL> <screenshot folder>');
  process.exit(2);
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-proxy-server',
];
const expected = '"__typename": "Query"';
const endpointHost = new URL(endpoint).host;
const screenshot = resolve(outputFolder, 'banana-cake-pop.png');
const userDataDir = await mkdtemp(join(tmpdir(), 'graphapi-chromium-'));
const blocked = [];
const failures = [];

// What the page looked like when a step failed, next to the success screenshot.
async function saveFailureScreenshot() {
  const page = context.pages()[0];
  if (page) {
    await mkdir(outputFolder, { recursive: true });
    await page.screenshot({ path: resolve(outputFolder, 'banana-cake-pop-failure.png') }).catch(() => {});
  }
}

// Clicks Run until the IDE posts the typed operation. The IDE takes the editor's text into its document a moment after
// the keystrokes, so a click right after typing can post the previous, empty document (seen as a syntax error).
async function runTypedOperation(page) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const [request] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'POST' && request.url() === endpoint),
      page.getByRole('button', { name: /^Run Operation/ }).click(),
    ]);
    if (request.postData()?.includes('__typename')) {
      return;
    }
    await page.waitForTimeout(500);
  }
  throw new Error('the IDE never posted the typed operation');
}

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
  viewport: { width: 1400, height: 900 },
});
try {
  await context.route(
    (url) => url.host !== endpointHost,
    (route) => {
      blocked.push(route.request().url());
      return route.abort();
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => failures.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));

  await page.goto(endpoint, { waitUntil: 'load' });
  // The start screen appears once the IDE has loaded its configuration.
  await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 30_000 });

  const editor = page.locator('.monaco-editor[data-uri^="file:///operations/"]');
  await editor.locator('.view-lines').click();
  await page.keyboard.insertText('{ __typename }');

  await runTypedOperation(page);

  // Monaco renders spaces as no-break spaces; the response pane is the editor that is neither the
  // operation's nor the variables'.
  await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('.monaco-editor')]
        .filter((element) => !/^file:\/\/\/(operations|variables)\//.test(element.dataset.uri ?? ''))
        .some((element) => element.innerText.replace(/\u00a0/g, ' ').includes(text)),
    expected,
    { timeout: 30_000 },
  );

  await mkdir(outputFolder, { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`Banana Cake Pop ran { __typename } and shows ${expected}; screenshot: ${screenshot}`);
  if (blocked.length > 0) {
    console.log(`requests to other hosts, aborted: ${blocked.join(', ')}`);
  }
} catch (error) {
  console.error(`Banana Cake Pop check failed: ${error.message}`);
  await saveFailureScreenshot();
  for (const failure of failures) {
    console.error(failure);
  }
  process.exitCode = 1;
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
