import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { importOptionsSchema } from '../knowledge/pdf/import-options.ts';
import { importPdfReport } from '../knowledge/pdf/import-pdf-report.ts';
import { UserError } from '../user-error.ts';
import { runCli } from './run-cli.ts';

const usage = `Usage: npm run kb:import -- <file.pdf> [--id <id>] [--title <title>] [--publisher <name>]
       [--published YYYY-MM-DD] [--kind <kind>] [--url <url>] [--licence <text>] [--out <dir>] [--force]
Imports an inspection report PDF into <dir> (default KNOWLEDGE_DIR) as <id>.md and copies the PDF
to <dir>/originals/. An existing document or original is replaced only with --force.`;

const argsSchema = importOptionsSchema.omit({ sourceFileName: true, url: true }).extend({
  file: z.string().regex(/\.pdf$/i, 'must be a .pdf file'),
  url: z.url({ protocol: /^https?$/ }).optional(),
  out: z.string().trim().min(1).optional(),
  force: z.boolean(),
});

/** Where the command writes and how it reports. */
export interface KbImportContext {
  readonly knowledgeDir: string;
  readonly print: (line: string) => void;
}

/**
 * Import one PDF from the command line: parse and validate the arguments, import the bytes, copy
 * the original into `originals/` and write `<id>.md`, each atomically; returns the exit code.
 */
export async function kbImport(argv: readonly string[], context: KbImportContext): Promise<number> {
  const args = parseArguments(argv);
  if (args === 'help') {
    context.print(usage);
    return 0;
  }
  const { file, out, force, ...overrides } = args;
  const bytes = await readPdf(file);
  const fileName = path.basename(file);
  const imported = await importPdfReport(bytes, { sourceFileName: fileName, ...overrides });

  const directory = out ?? context.knowledgeDir;
  const documentPath = path.join(directory, `${imported.frontMatter.id}.md`);
  const originalPath = path.join(directory, 'originals', fileName);
  const markdown = Buffer.from(imported.markdown, 'utf8');
  const documentState = await compareWithExisting(documentPath, markdown);
  const originalState = await compareWithExisting(originalPath, bytes);
  for (const [state, target] of [
    [documentState, documentPath],
    [originalState, originalPath],
  ] as const) {
    if (state === 'different' && !force) {
      throw new UserError(
        'bad-input',
        `kb:import: ${target} already exists and differs; pass --force to replace it.`,
      );
    }
  }

  if (originalState === 'same') context.print(`Unchanged ${originalPath}`);
  else {
    await mkdir(path.dirname(originalPath), { recursive: true });
    await writeAtomically(originalPath, bytes);
    context.print(`Copied ${file} to ${originalPath}`);
  }
  if (documentState === 'same') context.print(`Unchanged ${documentPath}`);
  else {
    await mkdir(directory, { recursive: true });
    await writeAtomically(documentPath, markdown);
    context.print(
      `Wrote ${documentPath} ("${imported.frontMatter.title}", ${imported.paragraphNumbers.length} numbered paragraphs)`,
    );
  }
  for (const warning of imported.warnings) context.print(`Warning: ${warning}`);
  return 0;
}

function parseArguments(argv: readonly string[]): z.infer<typeof argsSchema> | 'help' {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    // parseArgs reports unknown or valueless options as TypeErrors; they are usage mistakes.
    throw new UserError('bad-input', `kb:import: ${(error as Error).message}\n${usage}`);
  }
  if (parsed.values.help === true) return 'help';
  if (parsed.positionals.length !== 1) {
    throw new UserError('bad-input', `kb:import: give exactly one PDF file.\n${usage}`);
  }
  const { help: _help, force, ...values } = parsed.values;
  const checked = argsSchema.safeParse({
    ...values,
    force: force === true,
    file: parsed.positionals[0],
  });
  if (!checked.success) {
    const problems = checked.error.issues.map(
      (issue) => `  ${issue.path.join('.') || 'arguments'}: ${issue.message}`,
    );
    throw new UserError('bad-input', `kb:import: bad arguments:\n${problems.join('\n')}\n${usage}`);
  }
  return checked.data;
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      kind: { type: 'string' },
      url: { type: 'string' },
      licence: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
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

async function compareWithExisting(
  target: string,
  content: Uint8Array,
): Promise<'absent' | 'same' | 'different'> {
  try {
    return Buffer.from(await readFile(target)).equals(content) ? 'same' : 'different';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
}

/** Write via a temporary file in the same directory, so readers never see half a file. */
async function writeAtomically(target: string, content: Uint8Array): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content, { flag: 'w' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
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
