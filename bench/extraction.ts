import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseReportManifest } from '../src/knowledge/manifest/report-manifest.ts';
import { parseDocument } from '../src/knowledge/parse-document.ts';
import { importPdfReport } from '../src/knowledge/pdf/import-pdf-report.ts';
import { extractReportFacts } from '../src/knowledge/report-facts/extract-report-facts.ts';
import { linkPreviousInspections } from '../src/knowledge/report-facts/link-previous-inspections.ts';
import { describeFigures, type ReportOutcome } from './extraction-figures.ts';

/**
 * `npm run bench:extraction -- <folder of imported .md>` or `-- --manifest <manifest.csv>`
 * (imports every PDF first): how many reports yield each fact, by framework, and what each
 * report is missing. Add `--warnings` to print extraction warnings too. It asserts nothing.
 */
const args = process.argv.slice(2);
const manifestAt = args.indexOf('--manifest');
const showWarnings = args.includes('--warnings');
const folder = args.find(
  (arg, i) => !arg.startsWith('--') && (manifestAt < 0 || i !== manifestAt + 1),
);

async function* markdownDocuments(): AsyncGenerator<{ name: string; text: string }> {
  const manifest = manifestAt >= 0 ? args[manifestAt + 1] : undefined;
  if (manifest) {
    for (const row of parseReportManifest(await readFile(manifest, 'utf8'), manifest)) {
      const name = row.file.replace(/^.*\//, '');
      try {
        const bytes = new Uint8Array(await readFile(join(dirname(manifest), row.file)));
        const imported = await importPdfReport(bytes, {
          sourceFileName: name,
          id: name.replace(/\.pdf$/i, '').replace(/-{2,}/g, '-'),
          published: row.published,
          url: row.url,
          council: { id: row.council_slug, name: row.council, ofsted_urn: row.ofsted_urn },
          publisher: 'Ofsted',
        });
        yield { name: name.replace(/\.pdf$/i, '.md'), text: imported.markdown };
      } catch (error) {
        process.stderr.write(`${name}: not imported (${(error as Error).message})\n`);
      }
    }
    return;
  }
  if (!folder) throw new Error('usage: bench:extraction -- <folder> | --manifest <manifest.csv>');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) yield { name, text: await readFile(join(folder, name), 'utf8') };
}

const outcomes: ReportOutcome[] = [];
for await (const { name, text } of markdownDocuments()) {
  const parsed = parseDocument(name, text);
  if (!parsed.ok) {
    outcomes.push({ docId: name, inspection: undefined, warnings: ['not a valid document'] });
    continue;
  }
  if (parsed.document.meta.kind !== 'inspection-report') continue;
  const { inspection, warnings } = extractReportFacts(parsed.document);
  outcomes.push({ docId: parsed.document.meta.id, inspection, warnings });
}
// Link each report's previous inspection to the same council's earlier report, as loading does.
const linked = new Map(
  linkPreviousInspections(outcomes.flatMap((o) => (o.inspection ? [o.inspection] : []))).map(
    (inspection) => [inspection.id, inspection],
  ),
);
const lines = describeFigures(
  outcomes.map((o) => ({ ...o, inspection: o.inspection && linked.get(o.inspection.id) })),
);
if (showWarnings)
  lines.push('warnings:', ...outcomes.flatMap((o) => o.warnings.map((w) => `  ${w}`)));
process.stdout.write(`${lines.join('\n')}\n`);
