import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { IpcArgs } from '../../shared/ipc-contract';
import { asElectron, dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { exportPdf, pdfFileName } = await import('../../electron/pdf');

let folder: string;
let parent: FakeBrowserWindow;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-pdf-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

beforeEach(() => {
  resetFakeElectron();
  parent = new FakeBrowserWindow({});
});

afterEach(() => {
  vi.useRealTimers();
});

/** Makes the save dialog answer with this file. */
function chooseFile(filePath: string): void {
  dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath });
}

/** The hidden print window the export created (the second window after the parent). */
function printWindow(): FakeBrowserWindow {
  const win = FakeBrowserWindow.instances[1];
  if (win === undefined) throw new Error('no print window was created');
  return win;
}

/** Runs the export with the fake parent window. */
function run(suggestedName = 'Q3 business review', options?: IpcArgs<'exportPdf'>['options']) {
  return exportPdf(asElectron<BrowserWindow>(parent), {
    suggestedName,
    ...(options ? { options } : {}),
  });
}

/** A real one-page PDF whose producer says where it came from, as printToPDF would return. */
async function printedPdf(producer: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.setProducer(producer);
  return Buffer.from(await doc.save());
}

/** The Title, Author and Producer of a written PDF. */
async function metadataOf(file: string) {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  return { title: doc.getTitle(), author: doc.getAuthor(), producer: doc.getProducer() };
}

describe('exportPdf', () => {
  it('offers the suggested name as a .pdf with a PDF filter, attached to the parent window', async () => {
    await run('Q3 business review');
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: 'Export deck as PDF',
      defaultPath: 'Q3 business review.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('reports a cancelled dialog and opens no print window', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await run()).toEqual({ status: 'cancelled' });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('writes the PDF the print window produced', async () => {
    const target = path.join(folder, 'deck.pdf');
    chooseFile(target);
    const result = await run();
    expect(result).toEqual({ status: 'saved', path: target });
    const win = printWindow();
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith(
      'app://quarterdeck/index.html#/print?layout=slides',
    );
    expect(win.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: { width: 13.333, height: 7.5 },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      preferCSSPageSize: true,
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
    expect(await metadataOf(target)).toMatchObject({
      title: 'Monthly Business Review · FY2026 Q3',
      author: undefined,
    });
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('prints a handout with the appendix on Letter pages, titled and signed as asked', async () => {
    const target = path.join(folder, 'handout.pdf');
    chooseFile(target);
    FakeBrowserWindow.onCreate = ({ webContents: contents }) => {
      contents.getTitle.mockReturnValue('Board pack · FY2026 Q3');
      contents.printToPDF.mockImplementation(() => printedPdf('Skia/PDF'));
    };
    const options = {
      layout: 'handout' as const,
      appendix: true,
      title: 'Board pack · FY2026 Q3',
      author: 'Dana Reyes',
    };
    expect(await run('Board pack', options)).toEqual({ status: 'saved', path: target });
    const win = printWindow();
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith(
      'app://quarterdeck/index.html#/print?layout=handout&appendix=1&title=Board%20pack%20%C2%B7%20FY2026%20Q3&author=Dana%20Reyes',
    );
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: { width: 8.5, height: 11 } }),
    );
    expect(await metadataOf(target)).toEqual({
      title: 'Board pack · FY2026 Q3',
      author: 'Dana Reyes',
      producer: 'Skia/PDF',
    });
  });

  it('waits for the print-ready marker before printing', async () => {
    chooseFile(path.join(folder, 'waits.pdf'));
    const answers = [false, false, true];
    const order: string[] = [];
    FakeBrowserWindow.onCreate = ({ webContents: contents }) => {
      contents.executeJavaScript.mockImplementation((code: string) => {
        order.push('check');
        expect(code).toContain('printReady');
        return Promise.resolve(answers.shift());
      });
      contents.printToPDF.mockImplementation(() => {
        order.push('print');
        return printedPdf('late');
      });
    };
    expect(await run()).toEqual({ status: 'saved', path: path.join(folder, 'waits.pdf') });
    expect(order).toEqual(['check', 'check', 'check', 'print']);
    expect((await metadataOf(path.join(folder, 'waits.pdf'))).producer).toBe('late');
  });

  it("fails at once with the print view's own reason when it cannot print", async () => {
    chooseFile(path.join(folder, 'hidden.pdf'));
    FakeBrowserWindow.onCreate = (win) =>
      win.webContents.executeJavaScript.mockResolvedValue({
        error: 'Every slide is hidden: show at least one slide to export.',
      });
    const result = await run();
    expect(result).toEqual({
      status: 'failed',
      message: `Could not export the PDF to ${path.join(folder, 'hidden.pdf')}: Every slide is hidden: show at least one slide to export.`,
    });
    expect(printWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(printWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('closes the print window even when printToPDF fails', async () => {
    chooseFile(path.join(folder, 'fails.pdf'));
    FakeBrowserWindow.onCreate = (win) =>
      win.webContents.printToPDF.mockRejectedValue(new Error('Printing failed'));
    const result = await run();
    expect(result).toEqual({
      status: 'failed',
      message: `Could not export the PDF to ${path.join(folder, 'fails.pdf')}: Printing failed`,
    });
    expect(printWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('fails with a clear message and closes the window when the print view never becomes ready', async () => {
    vi.useFakeTimers();
    chooseFile(path.join(folder, 'never.pdf'));
    FakeBrowserWindow.onCreate = (win) =>
      win.webContents.executeJavaScript.mockResolvedValue(false);
    const promise = run();
    await vi.advanceTimersByTimeAsync(29_900);
    expect(printWindow().destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    const result = await promise;
    expect(result).toEqual({
      status: 'failed',
      message:
        `Could not export the PDF to ${path.join(folder, 'never.pdf')}: The print view was not ready after 30 s ` +
        "(document.documentElement.dataset.printReady never became 'true').",
    });
    expect(printWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(printWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('gives up after 30 s even when the page hangs and the ready check never answers', async () => {
    vi.useFakeTimers();
    chooseFile(path.join(folder, 'hung.pdf'));
    FakeBrowserWindow.onCreate = (win) =>
      win.webContents.executeJavaScript.mockReturnValue(new Promise<unknown>(() => undefined));
    const promise = run();
    await vi.advanceTimersByTimeAsync(30_000);
    const result = await promise;
    expect(result.status === 'failed' && result.message).toMatch(/not ready after 30 s/);
    expect(printWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('reports a file that cannot be written', async () => {
    chooseFile(path.join(folder, 'no-such-folder', 'deck.pdf'));
    const result = await run();
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/no-such-folder.*ENOENT/);
    expect(printWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('reports a save dialog that fails to open', async () => {
    dialog.showSaveDialog.mockRejectedValue(new Error('no display'));
    expect(await run()).toEqual({
      status: 'failed',
      message: 'Could not open the save dialog: no display',
    });
  });
});

describe('pdfFileName', () => {
  it.each([
    ['Q3 review', 'Q3 review.pdf'],
    ['Q3 review.pdf', 'Q3 review.pdf'],
    ['Q3 review.PDF', 'Q3 review.PDF'],
    ['../../etc/passwd', '..-..-etc-passwd.pdf'],
    ['C:\\Users\\x', 'C--Users-x.pdf'],
    ['a\u0000b', 'a-b.pdf'],
    ['..', 'Quarterdeck deck.pdf'],
    ['   ', 'Quarterdeck deck.pdf'],
  ])('turns %j into %j', (name, expected) => {
    expect(pdfFileName(name)).toBe(expected);
  });
});
