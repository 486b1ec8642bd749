import { PDFDocument, ParseSpeeds } from 'pdf-lib';

/** The document information a printed deck carries. */
export interface PdfMetadata {
  title: string;
  /** `''` leaves the Author out. */
  author: string;
}

/**
 * Writes the Title and Author into a PDF Chromium printed. Chromium takes the Title from
 * document.title but has no way to set an Author, so both are written here with pdf-lib,
 * which keeps every other object (the outline, the structure tree of a tagged PDF, the
 * links): the catalog is carried over as it is. Chromium's Creator, Producer and dates are
 * kept too (`updateMetadata: false`), and viewers are asked to show the title, not the file
 * name (PDF/UA's DisplayDocTitle).
 */
export async function withPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 100 objects by default (for browsers' sake); in
  // Node and the shell's main process that only makes a 25-slide deck wait, so it parses at once.
  const doc = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  if (meta.title !== '') doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== '') doc.setAuthor(meta.author);
  // No object streams: the file stays readable to the older tools a recipient may open it with.
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
