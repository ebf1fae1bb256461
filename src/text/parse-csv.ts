/**
 * Parses RFC 4180 CSV: fields separated by commas, optionally double-quoted, a quote inside a
 * quoted field doubled. Returns rows of fields; a trailing newline adds no empty row. Throws on
 * an unterminated quoted field, since guessing where it ends would shift every later column.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new Error('unterminated quoted field at the end of the file');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
