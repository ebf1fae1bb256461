import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.ts';
import { importPdfReport } from '../knowledge/pdf/import-pdf-report.ts';
import { UserError } from '../user-error.ts';
import { importManifest } from './import-manifest.ts';
import { parseImportArguments, usage } from './kb-import-arguments.ts';
import { runCli } from './run-cli.ts';
import { ExistingFileError, writeImportedReport } from './write-imported-report.ts';

/** Where the command writes and how it reports. */
export interface KbImportContext {
  readonly knowledgeDir: string;
  readonly print: (line: string) => void;
}

/**
 * Import from the command line: one PDF with the options given, or every report a manifest
 * lists. Each document is written as `<id>.md` and its PDF copied into `originals/`, atomically;
 * returns the exit code.
 */
export async function kbImport(argv: readonly string[], context: KbImportContext): Promise<number> {
  const args = parseImportArguments(argv);
  if (args.mode === 'help') {
    context.print(usage);
    return 0;
  }
  const directory = args.out ?? context.knowledgeDir;
  if (args.mode === 'manifest') {
    return importManifest(
      {
        manifest: args.manifest,
        councils: args.councils,
        out: directory,
        force: args.force,
        jobs: args.jobs,
      },
      context.print,
    );
  }

  const { file, force, options } = args;
  const bytes = await readPdf(file);
  const fileName = path.basename(file);
  const imported = await importPdfReport(bytes, { sourceFileName: fileName, ...options });
  const documentPath = path.join(directory, `${imported.frontMatter.id}.md`);
  const originalPath = path.join(directory, 'originals', fileName);
  let written: Awaited<ReturnType<typeof writeImportedReport>>;
  try {
    written = await writeImportedReport(
      {
        documentPath,
        markdown: Buffer.from(imported.markdown, 'utf8'),
        originalPath,
        original: bytes,
      },
      force,
    );
  } catch (error) {
    if (error instanceof ExistingFileError) {
      throw new UserError('bad-input', `kb:import: ${error.message}`);
    }
    throw error;
  }
  context.print(
    written.original === 'unchanged'
      ? `Unchanged ${originalPath}`
      : `Copied ${file} to ${originalPath}`,
  );
  context.print(
    written.document === 'unchanged'
      ? `Unchanged ${documentPath}`
      : `Wrote ${documentPath} ("${imported.frontMatter.title}", ${imported.paragraphNumbers.length} numbered paragraphs)`,
  );
  for (const warning of imported.warnings) context.print(`Warning: ${warning}`);
  return 0;
}

async function readPdf(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      throw new UserError('not-found', `kb:import: no such file: ${file}`);
    }
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  runCli(() =>
    kbImport(process.argv.slice(2), {
      knowledgeDir: loadConfig().knowledgeDir,
      print: (line) => process.stdout.write(`${line}\n`),
    }),
  );
}
