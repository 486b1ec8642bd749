import { accessSync, constants, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { createDeckFromTemplate } from '../shared/deck/templates';
import { joinAccounts } from '../shared/metrics';
import { withPdfMetadata } from '../shared/pdf-metadata';
import { printOptionsQuery, type PrintOptions } from '../shared/print-options';
import type { PrintPayload } from '../shared/print-payload';
import { PRINT_PAYLOAD_GLOBAL } from '../shared/print-payload';
import type { PdfCommand } from './args';
import { ensureRendererBuilt } from './build-renderer';
import { CliError, EXIT_DATA } from './cli-error';
import { chromeNotFoundMessage, findChrome } from './find-chrome';
import { loadInputs } from './load-inputs';
import { supportingRecords } from './supporting-records';
import { countPdfPages } from './pdf-pages';
import type { CommandIo } from './report-command';
import { computeOrFail, logAccountJoin } from './report-command';
import { settingsFromOptions } from './settings-from-options';
import { startStaticServer } from './static-server';

/** The Chromium flags for headless printing: no GPU and no background network traffic at all. */
const CHROMIUM_BASE_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The flags to launch Chromium with. The sandbox stays on for a normal user; only as root,
 * where Chromium refuses to start with it (CI containers), is it turned off.
 */
export function chromiumArgs(isRoot: boolean = process.getuid?.() === 0): string[] {
  return isRoot ? ['--no-sandbox', ...CHROMIUM_BASE_ARGS] : [...CHROMIUM_BASE_ARGS];
}

const READY_TIMEOUT_MS = 60_000;

/** A fixed edit time for the CLI's deck: it is never stored, and the PDF must not depend on the clock. */
const DECK_TIME = '1970-01-01T00:00:00.000Z';

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the print route with the payload injected and the options in its URL, waits for its
 * ready marker and prints it to `file`: tagged, with the outline the route's headings make,
 * then the Title (the page's own, which is the default when none was given) and the Author.
 */
async function renderInto(
  browser: Browser,
  url: string,
  payload: PrintPayload,
  options: PrintOptions,
  file: string,
): Promise<void> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The payload goes in as JSON text that the page parses with JSON.parse: V8 reads a
  // megabytes-long JSON string several times faster than the same data as a script's object literal.
  const json = JSON.stringify(JSON.stringify(payload));
  await page.addInitScript({
    content: `window[${JSON.stringify(PRINT_PAYLOAD_GLOBAL)}] = JSON.parse(${json});`,
  });
  await page.goto(`${url}/index.html#/print?${printOptionsQuery(options)}`);
  try {
    // Either marker ends the wait: ready, or the print route's own sentence on why it cannot print.
    await page.waitForFunction(
      () => {
        const data = document.documentElement.dataset;
        return data.printReady === 'true' || data.printError !== undefined;
      },
      undefined,
      { timeout: READY_TIMEOUT_MS },
    );
  } catch {
    const errors = pageErrors.length > 0 ? ` Page errors: ${pageErrors.join(' | ')}` : '';
    throw new CliError(
      `The print route did not become ready within ${READY_TIMEOUT_MS / 1000} s (no data-print-ready="true" on <html>).${errors}`,
      EXIT_DATA,
    );
  }
  const printError = await page.evaluate(() => document.documentElement.dataset.printError ?? null);
  if (printError !== null)
    throw new CliError(`The deck cannot be printed: ${printError}`, EXIT_DATA);
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
  const title = await page.title();
  await writeFile(file, await withPdfMetadata(pdf, { title, author: options.author }));
}

/** Serves the renderer, launches the browser and prints the deck, closing both whatever happens (the benchmark times this). */
export async function printDeck(
  executablePath: string,
  root: string,
  payload: PrintPayload,
  options: PrintOptions,
  file: string,
): Promise<void> {
  const server = await startStaticServer(root);
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
    try {
      await renderInto(browser, server.url, payload, options, file);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** `pdf`: imports, then prints the deck through local Chrome/Chromium to `--out`, atomically. */
export async function runPdf(options: PdfCommand, io: CommandIo): Promise<void> {
  const found = findChrome({
    flag: options.chrome,
    env: process.env,
    platform: process.platform,
    isExecutable,
  });
  if (!found.ok)
    throw new CliError(chromeNotFoundMessage(found.tried, options.chrome !== null), EXIT_DATA);

  const payload = await pdfPayload(options, io);
  const root = await ensureRendererBuilt(io.stderr);
  const out = path.resolve(options.out);
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(out), { recursive: true });
    await printDeck(found.path, root, payload, options.print, temp);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof CliError) throw error;
    // Playwright appends browser logs and a call log; the first line says what went wrong.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new CliError(`Could not write ${options.out}: ${message}`, EXIT_DATA);
  }
  const pages = countPdfPages(out);
  io.stderr(`Wrote ${options.out} (${pages} ${pages === 1 ? 'page' : 'pages'})`);
}

/**
 * Imports the command's files and builds what the print route draws: the records, settings
 * and the deck (`--template`'s, else the default). Bad settings or empty data fail here, with
 * the CLI's message, rather than inside the page.
 */
export async function pdfPayload(options: PdfCommand, io: CommandIo): Promise<PrintPayload> {
  const loaded = await loadInputs(options, io.today, io.stderr);
  const settings = settingsFromOptions(options, loaded);
  logAccountJoin(loaded, io.stderr);
  computeOrFail({
    opportunities: loaded.opportunities,
    settings,
    rejectedRows: loaded.rejectedRows,
    ...supportingRecords(loaded.records),
  });

  return {
    // The deck page computes from the payload alone: the accounts travel already joined, so
    // it shows the figures `report` prints without the payload having to carry them.
    opportunities: joinAccounts(loaded.opportunities, loaded.records.accounts),
    // Accounts are already joined into the deals above; joining them again would do nothing.
    supporting: { ...supportingRecords(loaded.records), accounts: [] },
    settings,
    rejectedRows: loaded.rejectedRows,
    isSample: loaded.sample,
    sourceLabel: loaded.sourceLabel,
    errors: loaded.opportunityErrors,
    summary: loaded.opportunityFooter,
    ...(options.template === null
      ? {}
      : { deck: createDeckFromTemplate(options.template, options.template, DECK_TIME) }),
  };
}
