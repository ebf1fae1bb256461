import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import {
  describeFetchSummary,
  type FolderCheck,
} from '../knowledge/fetch/describe-fetch-summary.ts';
import { fetchCouncilReports } from '../knowledge/fetch/fetch-council-reports.ts';
import { matchCouncilName } from '../knowledge/fetch/match-council-name.ts';
import { type KnowledgeLoad, loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import {
  ManifestError,
  type ManifestRow,
  parseReportManifest,
} from '../knowledge/manifest/report-manifest.ts';
import { UserError } from '../user-error.ts';
import { runCli } from './run-cli.ts';

/** The national manifest shipped with the project, found from here so any working directory works. */
export const defaultManifestPath = path.resolve(
  import.meta.dirname,
  '../../catalogue/ofsted-reports.csv',
);

const usage = `Usage: npm run kb:fetch -- --council <name> [--manifest <csv>] [--out <dir>] [--force]
       [--timeout-seconds <n>]
Downloads every Ofsted report of one council listed in the manifest (default
catalogue/ofsted-reports.csv) from its official URL, checks its sha256, and imports it into <dir>
(default KNOWLEDGE_DIR) as <council>-ofsted-<published>.md with the PDF in <dir>/originals/.
A different existing file is replaced only with --force. Each request gives up after
--timeout-seconds (default 60).`;

const argsSchema = z.strictObject({
  council: z.string().trim().min(1, 'give a council name, e.g. --council Lambeth'),
  manifest: z.string().trim().min(1).optional(),
  out: z.string().trim().min(1).optional(),
  force: z.boolean(),
  timeoutSeconds: z.coerce.number().positive().max(3600).default(60),
});

/** Where the command writes and how it reports. */
export interface KbFetchContext {
  readonly knowledgeDir: string;
  readonly print: (line: string) => void;
}

/**
 * Fetch one council's reports from the command line: match the council in the manifest,
 * download, verify and import each report, check the folder with the bot's loader and print a
 * summary; returns 1 when any report was refused.
 */
export async function kbFetch(argv: readonly string[], context: KbFetchContext): Promise<number> {
  const args = parseArguments(argv);
  if (args === 'help') {
    context.print(usage);
    return 0;
  }
  const manifestPath = args.manifest ?? defaultManifestPath;
  const rows = await readManifest(manifestPath);
  const councilRows = pickCouncil(args.council, rows, manifestPath);
  const council = councilRows[0]?.council ?? args.council;
  const outDir = args.out ?? context.knowledgeDir;
  context.print(
    `${council}: ${councilRows.length} report${councilRows.length === 1 ? '' : 's'} in ${manifestPath}; fetching into ${outDir}.`,
  );

  const before = await loadIfPresent(outDir);
  const outcomes = await fetchCouncilReports(councilRows, {
    outDir,
    force: args.force,
    documentsBySha256: new Map(
      (before?.knowledgeBase.documents ?? []).flatMap((document) =>
        document.meta.source_sha256 === undefined
          ? []
          : [[document.meta.source_sha256, document.file] as const],
      ),
    ),
    timeoutMs: args.timeoutSeconds * 1000,
    progress: context.print,
  });
  const summary = describeFetchSummary(outDir, outcomes, await checkFolder(outDir));
  for (const line of summary.lines) context.print(line);
  return summary.ok ? 0 : 1;
}

/** Loads the folder as the bot would; undefined when it does not exist (nothing was written). */
async function checkFolder(directory: string): Promise<FolderCheck | undefined> {
  const load = await loadIfPresent(directory);
  if (load === undefined) return undefined;
  return {
    documents: load.knowledgeBase.documents.length,
    passages: load.knowledgeBase.passages.length,
    problems: load.problems,
  };
}

async function loadIfPresent(directory: string): Promise<KnowledgeLoad | undefined> {
  return (await isDirectory(directory)) ? loadKnowledgeBase(directory) : undefined;
}

async function isDirectory(directory: string): Promise<boolean> {
  try {
    return (await stat(directory)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function parseArguments(argv: readonly string[]): z.infer<typeof argsSchema> | 'help' {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    // parseArgs reports unknown or valueless options as TypeErrors; they are usage mistakes.
    throw new UserError('bad-input', `kb:fetch: ${(error as Error).message}\n${usage}`);
  }
  if (parsed.values.help === true) return 'help';
  const { help: _help, force, 'timeout-seconds': timeoutSeconds, ...values } = parsed.values;
  // A council name of several words may arrive unquoted: `--council Tower Hamlets`.
  const council = [values.council, ...parsed.positionals].filter(Boolean).join(' ');
  const checked = argsSchema.safeParse({
    ...values,
    council,
    force: force === true,
    timeoutSeconds,
  });
  if (!checked.success) {
    const problems = checked.error.issues.map(
      (issue) => `  ${issue.path.join('.') || 'arguments'}: ${issue.message}`,
    );
    throw new UserError('bad-input', `kb:fetch: bad arguments:\n${problems.join('\n')}\n${usage}`);
  }
  return checked.data;
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      council: { type: 'string' },
      manifest: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      'timeout-seconds': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function readManifest(file: string): Promise<ManifestRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      throw new UserError('not-found', `kb:fetch: no such manifest: ${file}`);
    }
    throw error;
  }
  try {
    return parseReportManifest(text, file);
  } catch (error) {
    if (error instanceof ManifestError) {
      throw new UserError('bad-input', `kb:fetch: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** The rows of the one council the name means, or a user error listing the candidates. */
function pickCouncil(name: string, rows: readonly ManifestRow[], manifestPath: string) {
  const councils = [
    ...new Map(
      rows.map((row) => [row.council_slug, { name: row.council, slug: row.council_slug }]),
    ).values(),
  ];
  const match = matchCouncilName(name, councils);
  switch (match.kind) {
    case 'one':
      return rows.filter((row) => row.council_slug === match.council.slug);
    case 'several':
      throw new UserError(
        'bad-input',
        `kb:fetch: "${name}" matches ${match.councils.length} councils in ${manifestPath}: ${match.councils.map((council) => council.name).join(', ')}. Give one of them.`,
      );
    case 'none':
      throw new UserError(
        'not-found',
        `kb:fetch: no council called "${name}" in ${manifestPath}.${match.suggestions.length > 0 ? ` Closest: ${match.suggestions.map((council) => council.name).join(', ')}.` : ''}`,
      );
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  runCli(() =>
    kbFetch(process.argv.slice(2), {
      knowledgeDir: loadConfig().knowledgeDir,
      print: (line) => process.stdout.write(`${line}\n`),
    }),
  );
}
