import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { importOptionsSchema } from '../knowledge/pdf/import-options.ts';
import { UserError } from '../user-error.ts';

export const usage = `Usage: npm run kb:import -- <file.pdf> [--id <id>] [--title <title>] [--publisher <name>]
       [--published YYYY-MM-DD] [--kind <kind>] [--url <url>] [--licence <text>]
       [--council <slug> --council-name <name> [--ofsted-urn <digits>]] [--out <dir>] [--force]
   or: npm run kb:import -- --manifest <manifest.csv> [--council <slug>]… [--jobs N] [--out <dir>] [--force]
Imports inspection report PDFs into <dir> (default KNOWLEDGE_DIR) as <id>.md and copies each PDF
to <dir>/originals/. With --manifest, every report the manifest lists (or those of the councils
given) is imported, with its council, publication date and address from the manifest, as
<council_slug>-ofsted-<published>.md. An existing document or original is replaced only with --force.`;

/** Parallel imports by default: at most two, the cores this project's machines have. */
const DEFAULT_JOBS = Math.max(1, Math.min(2, availableParallelism()));

/** The options one PDF's import accepts from the command line (the rest come from the file). */
const singleOptionsSchema = importOptionsSchema.omit({
  sourceFileName: true,
  publishedFromListing: true,
});
const jobsSchema = z.coerce.number().int().min(1).max(64);

/** What the command line asks for. */
export type ImportArguments =
  | { readonly mode: 'help' }
  | {
      readonly mode: 'single';
      readonly file: string;
      readonly out: string | undefined;
      readonly force: boolean;
      readonly options: z.infer<typeof singleOptionsSchema>;
    }
  | {
      readonly mode: 'manifest';
      readonly manifest: string;
      readonly councils: string[];
      readonly jobs: number;
      readonly out: string | undefined;
      readonly force: boolean;
    };

/** Names an option the way it is typed, for messages: "id" → "--id". */
const optionName = (key: string) => `--${key}`;

/**
 * Parse and check the arguments. A mistake in how the command is used (an unknown option, no
 * file) shows the usage; a bad value names the option and the value, and only that.
 */
export function parseImportArguments(argv: readonly string[]): ImportArguments {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    // parseArgs reports unknown or valueless options as TypeErrors; they are usage mistakes.
    throw new UserError('bad-input', `kb:import: ${(error as Error).message}\n${usage}`);
  }
  const { help, force, out, manifest, council, jobs, ...perFileValues } = parsed.values;
  const { 'council-name': councilName, 'ofsted-urn': ofstedUrn, ...values } = perFileValues;
  if (help === true) return { mode: 'help' };
  const common = { out: checkOut(out), force: force === true };
  if (manifest !== undefined) {
    const perFile = Object.keys(perFileValues).map(optionName);
    if (parsed.positionals.length > 0 || perFile.length > 0) {
      throw new UserError(
        'bad-input',
        `kb:import: with --manifest, give no PDF file and no per-file option (${[...parsed.positionals, ...perFile].join(', ')}); the manifest says which files and what they are.\n${usage}`,
      );
    }
    return {
      mode: 'manifest',
      manifest,
      councils: council ?? [],
      jobs: jobs === undefined ? DEFAULT_JOBS : checkJobs(jobs),
      ...common,
    };
  }
  if (jobs !== undefined) {
    throw new UserError('bad-input', `kb:import: --jobs needs --manifest.\n${usage}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    throw new UserError('bad-input', `kb:import: give exactly one PDF file.\n${usage}`);
  }
  if (!/\.pdf$/i.test(file)) {
    throw new UserError('bad-input', `kb:import: "${file}" is not a .pdf file.`);
  }
  const councilRef = councilOption(council, councilName, ofstedUrn);
  const checked = singleOptionsSchema.safeParse({
    ...values,
    ...(councilRef === undefined ? {} : { council: councilRef }),
  });
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => {
      const option = optionFor(issue.path);
      const value = valueAt(parsed.values, option);
      return `  --${option}${value === undefined ? '' : ` "${value}"`}: ${issue.message}`;
    });
    throw new UserError('bad-input', `kb:import: bad value:\n${problems.join('\n')}`);
  }
  return { mode: 'single', file, options: checked.data, ...common };
}

/** The council of a one-file import: a slug and a name, given together, and perhaps a URN. */
function councilOption(
  slug: string[] | undefined,
  name: string | undefined,
  urn: string | undefined,
): { id: string; name: string; ofsted_urn?: string } | undefined {
  if (slug === undefined && name === undefined && urn === undefined) return undefined;
  const [id, ...more] = slug ?? [];
  if (id === undefined || name === undefined || more.length > 0) {
    throw new UserError(
      'bad-input',
      `kb:import: a one-file import names its council with one --council <slug> and --council-name <name> together.\n${usage}`,
    );
  }
  return { id, name, ...(urn === undefined ? {} : { ofsted_urn: urn }) };
}

/** The command-line option a schema issue is about ("council.ofsted_urn" → "ofsted-urn"). */
function optionFor(issuePath: readonly PropertyKey[]): string {
  const [key, inner] = issuePath.map(String);
  if (key === 'council') {
    return inner === 'name' ? 'council-name' : inner === 'ofsted_urn' ? 'ofsted-urn' : 'council';
  }
  return key ?? 'arguments';
}

function valueAt(values: Record<string, unknown>, option: string): string | undefined {
  const value = values[option];
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value : undefined;
}

function checkOut(out: string | undefined): string | undefined {
  if (out === undefined) return undefined;
  if (out.trim() === '') throw new UserError('bad-input', 'kb:import: --out "" names no folder.');
  return out;
}

function checkJobs(jobs: string): number {
  const checked = jobsSchema.safeParse(jobs);
  if (!checked.success) {
    throw new UserError(
      'bad-input',
      `kb:import: --jobs "${jobs}" must be a whole number from 1 to 64.`,
    );
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
      manifest: { type: 'string' },
      council: { type: 'string', multiple: true },
      'council-name': { type: 'string' },
      'ofsted-urn': { type: 'string' },
      jobs: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
