import { describe, expect, it } from 'vitest';
import { checkAttachmentInfo, validateAttachment } from '../../src/kb/validate-attachment.ts';
import { isUserError } from '../../src/user-error.ts';

const limit = 1024;
const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('checkAttachmentInfo', () => {
  it('accepts .md, .txt and .pdf within the limit, whatever the case', () => {
    expect(checkAttachmentInfo({ filename: 'a.md', size: limit }, limit)).toBe('markdown');
    expect(checkAttachmentInfo({ filename: 'A.TXT', size: 1 }, limit)).toBe('text');
    expect(checkAttachmentInfo({ filename: 'report.pdf', size: 1 }, limit)).toBe('pdf');
  });

  it.each([
    'notes.docx',
    'evil.exe',
    'passwd',
    '../../etc/passwd',
    'a.md.exe',
  ])('refuses %j by its extension', (filename) => {
    expect(refusal(() => checkAttachmentInfo({ filename, size: 1 }, limit))).toMatch(
      /is not a \.md, \.txt or \.pdf file/,
    );
  });

  it.each([
    'glossary.yaml',
    'facts.YML',
  ])('refuses %j, saying where YAML files are edited', (filename) => {
    expect(refusal(() => checkAttachmentInfo({ filename, size: 1 }, limit))).toMatch(
      /is a YAML file\. \/kb add adds documents; glossary\.yaml and facts\.yaml are edited in the knowledge folder/,
    );
  });

  it('refuses a declared size over the limit, naming both sizes', () => {
    expect(refusal(() => checkAttachmentInfo({ filename: 'a.md', size: 2048 }, limit))).toBe(
      '"a.md" is 2.0 KB; the limit is 1.0 KB (KB_MAX_ATTACHMENT_BYTES).',
    );
  });
});

describe('validateAttachment', () => {
  it('decodes UTF-8 text, curly quotes and all', () => {
    expect(validateAttachment({ filename: 'a.md' }, bytes('Children’s “services”'), limit)).toEqual(
      { format: 'markdown', text: 'Children’s “services”' },
    );
  });

  it('refuses bytes over the limit even when the declared size was small', () => {
    expect(
      refusal(() =>
        validateAttachment({ filename: 'a.txt' }, new Uint8Array(limit + 1).fill(65), limit),
      ),
    ).toMatch(/the limit is 1\.0 KB/);
  });

  it('refuses a binary file with NUL bytes', () => {
    expect(
      refusal(() => validateAttachment({ filename: 'a.txt' }, Uint8Array.of(72, 0, 105), limit)),
    ).toMatch(/binary file \(it contains NUL bytes\)/);
  });

  it('refuses text that is not valid UTF-8', () => {
    // 0xE9 is "é" in Latin-1; alone it is not UTF-8.
    expect(
      refusal(() =>
        validateAttachment({ filename: 'a.md' }, Uint8Array.of(0x43, 0x61, 0x66, 0xe9), limit),
      ),
    ).toMatch(/not valid UTF-8/);
  });

  it('refuses an empty file', () => {
    expect(
      refusal(() => validateAttachment({ filename: 'a.md' }, new Uint8Array(), limit)),
    ).toMatch(/is empty/);
  });

  it('accepts a real PDF header and refuses a fake one', () => {
    expect(validateAttachment({ filename: 'r.pdf' }, bytes('%PDF-1.7\n…'), limit).format).toBe(
      'pdf',
    );
    expect(
      refusal(() => validateAttachment({ filename: 'r.pdf' }, bytes('<html>not a pdf'), limit)),
    ).toMatch(/not a PDF \(it does not start with %PDF-\)/);
  });
});
