import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { groupTextItems, type PlacedText } from './group-text-items.ts';
import { PdfImportError } from './pdf-import-error.ts';
import type { PdfPage } from './pdf-line.ts';

/** A PDF announces itself within its first kilobyte. */
const PDF_SIGNATURE = '%PDF-';
const SIGNATURE_WINDOW = 1024;
/** A whole PDF ends with this marker, give or take a trailing newline or a little padding. */
const END_MARKER = '%%EOF';
const END_WINDOW = 1024;

/**
 * Read every page's text as positioned lines (font size, boldness, superscripts), so structure
 * can be told from layout rather than guessed from a flat string.
 */
export async function extractPdfLines(bytes: Uint8Array, fileName: string): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new PdfImportError('empty-file', fileName, 'the file is empty.');
  if (!hasPdfSignature(bytes)) {
    throw new PdfImportError('not-pdf', fileName, 'it is not a PDF file (no "%PDF-" header).');
  }
  const document = await openDocument(bytes, fileName);
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      pages.push(await readPage(await document.getPage(number), number));
    }
    if (pages.every((page) => page.lines.length === 0)) {
      throw new PdfImportError(
        'no-text',
        fileName,
        'it has no text layer (is it a scan?). Run it through OCR first, or add the text by hand.',
      );
    }
    return pages;
  } catch (error) {
    if (error instanceof PdfImportError) throw error;
    throw damaged(bytes, fileName, 'its pages could not be read.', error);
  } finally {
    await document.destroy();
  }
}

/**
 * The error for a PDF pdfjs could not read: a file that lacks its end marker was cut short (an
 * interrupted download, usually), which says more than "damaged".
 */
function damaged(bytes: Uint8Array, fileName: string, reason: string, cause: unknown) {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(-END_WINDOW));
  if (!tail.includes(END_MARKER)) {
    return new PdfImportError(
      'truncated',
      fileName,
      `it is truncated (${bytes.length} bytes, without the "%%EOF" a PDF ends with): download it again.`,
      { cause },
    );
  }
  return new PdfImportError('unreadable', fileName, reason, { cause });
}

function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SIGNATURE_WINDOW));
  return head.includes(PDF_SIGNATURE);
}

async function openDocument(bytes: Uint8Array, fileName: string): Promise<PDFDocumentProxy> {
  try {
    // pdfjs may transfer the buffer it is given; a copy leaves the caller's bytes intact.
    return await getDocument({
      data: new Uint8Array(bytes),
      verbosity: VerbosityLevel.ERRORS,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new PdfImportError('encrypted', fileName, 'it is password-protected.', {
        cause: error,
      });
    }
    throw damaged(bytes, fileName, 'it is damaged or not a valid PDF.', error);
  }
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  const content = await page.getTextContent();
  // Font objects (and so their real names, which tell bold from regular) exist only once the
  // page's operators have been loaded.
  await page.getOperatorList();
  const placed: PlacedText[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str === '') continue;
    const [a, b, , , x, y] = item.transform as number[];
    placed.push({
      text: item.str,
      x: x ?? 0,
      y: y ?? 0,
      width: item.width,
      size: Math.hypot(a ?? 0, b ?? 0),
      fontName: realFontName(page, item.fontName),
    });
  }
  const { width, height } = page.getViewport({ scale: 1 });
  page.cleanup();
  return { page: number, width, height, lines: groupTextItems(number, placed, width) };
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item;
}

function realFontName(page: PDFPageProxy, loadedName: string): string {
  if (!page.commonObjs.has(loadedName)) return loadedName;
  const font: unknown = page.commonObjs.get(loadedName);
  if (
    typeof font === 'object' &&
    font !== null &&
    'name' in font &&
    typeof font.name === 'string'
  ) {
    return font.name;
  }
  return loadedName;
}
