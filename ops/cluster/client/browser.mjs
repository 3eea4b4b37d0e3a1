// Browser steps of ops/cluster/test.sh: what a user does in the Vaadin UI, in headless Chromium (Debian's
// /usr/bin/chromium) driven by Playwright. Each command signs in on the node it is given (a browser session
// lives on one node), prints what it saw and exits 0 when it did what it was asked, 1 when not.
//
//   node browser.mjs upload-evidence   <node> <user> <password> <itemId> <file>
//   node browser.mjs download-evidence <node> <user> <password> <itemId> <filename> <saveAs>
//   node browser.mjs generate-report   <node> <user> <password>
//   node browser.mjs run-job           <node> <user> <password> <asOf yyyy-mm-dd>
//
// npm install (in this folder) fetches playwright-core; it drives the installed Chromium, downloads none.
import { chromium } from 'playwright-core';
import { basename } from 'node:path';

const TIMEOUT = 180_000; // a busy two-core machine: a first page of a node can take a while

async function signedIn(base, username, password) {
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US', timezoneId: 'UTC' });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    await page.goto(base + '/login');
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill(password);
    await page.locator('input[name=password]').press('Enter');
    await page.locator('vaadin-side-nav').waitFor();
    return { browser, page };
}

async function open(page, base, path) {
    await page.goto(base + '/' + path);
    await page.locator('vaadin-app-layout').waitFor();
}

const commands = {
    async 'upload-evidence'(page, base, itemId, file) {
        await open(page, base, 'pledge/item/' + itemId);
        const name = basename(file);
        // Vaadin Upload's file input is in its light or its shadow DOM depending on the version
        await page.locator('vaadin-upload input[type=file]').setInputFiles(file);
        await page.locator('.evidence-row a.evidence-link', { hasText: name }).waitFor();
        console.log(`uploaded ${name} to item ${itemId} through ${base}`);
    },

    async 'download-evidence'(page, base, itemId, filename, saveAs) {
        await open(page, base, 'pledge/item/' + itemId);
        const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.locator('.evidence-row a.evidence-link', { hasText: filename }).click(),
        ]);
        await download.saveAs(saveAs);
        console.log(`downloaded ${download.suggestedFilename()} of item ${itemId} through ${base}`);
    },

    async 'generate-report'(page, base) {
        await open(page, base, 'reports');
        await page.locator('vaadin-button', { hasText: 'Generate' }).click();
        const progress = page.locator('.progress-panel .progress-text');
        await progress.filter({ hasText: /· (ready|failed|expired)$/ }).waitFor();
        const text = await progress.textContent();
        console.log(`${text} (generated through ${base})`);
        if (!text.endsWith('ready')) throw new Error('the report is not ready');
    },

    async 'run-job'(page, base, asOf) {
        await open(page, base, 'jobs');
        const [year, month, day] = asOf.split('-').map(Number);
        const date = page.locator('vaadin-date-picker input');
        await date.fill(`${month}/${day}/${year}`);
        await date.press('Enter');
        await page.locator('vaadin-button', { hasText: 'Run now' }).click();
        await page.locator('.progress-panel .progress-text').filter({ hasText: 'items' }).waitFor();
        console.log(`pledge status job for ${asOf} started through ${base}`);
    },
};

const [command, base, username, password, ...args] = process.argv.slice(2);
if (!commands[command]) {
    console.error('unknown command ' + command);
    process.exit(2);
}
const { browser, page } = await signedIn(base, username, password);
try {
    await commands[command](page, base, ...args);
} catch (error) {
    await page.screenshot({ path: `${process.env.SCREENSHOTS ?? '/tmp'}/${command}-failed.png` }).catch(() => {});
    console.log(`${command} through ${base} failed: ${error.message.split('\n')[0]}`);
    process.exitCode = 1;
} finally {
    await browser.close();
}
