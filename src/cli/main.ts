// The command line: parse options, call the pipeline, print problems and a summary on stderr, exit.
// Exit codes: 0 every file read; 1 some files could not be read (outputs written for the others);
// 2 usage error, no file matched, or the output cannot be written.
import path from 'node:path';
import yargs, { type Argv } from 'yargs';
import { EXIT, ExtractError } from '../errors.js';
import { FORMATS, normalizeOptions } from '../options.js';
import { run, type RunHooks, type RunSummary } from '../pipeline/index.js';
import { merge } from '../pipeline/merge.js';
import { VERSION } from '../version.js';
import { progressBar, wantsProgress } from './progress.js';
import { problemLines, summaryLine } from './report.js';

export interface Io extends RunHooks {
  stderr: (line: string) => void;
  cwd?: string;
}

const defaultIo: Io = { stderr: (line) => process.stderr.write(`${line}\n`) };

// yargs drops a lone '-', which means standard input here: it is carried through parsing under another name.
const STDIN_ARG = '\u0000stdin';
const restoreDash = (v: string): string => (v === STDIN_ARG ? '-' : v);

function displayDir(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

type Action = (args: Record<string, unknown>) => Promise<RunSummary>;

function outputOptions(y: Argv): Argv {
  return y
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'directory for the output files' })
    .option('format', { alias: 'f', type: 'string', default: 'csv,json', describe: `comma-separated list of ${FORMATS.join(', ')}` })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print errors only: no warnings, no progress, no summary' });
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let usageError: string | null = null;
  let action: Action | null = null;
  const cwd = io.cwd ?? process.cwd();

  const parser = yargs(argv.map((a) => (a === '-' ? STDIN_ARG : a)))
    .scriptName('extract')
    .usage('$0 [options] <files or patterns...>\n$0 merge <shard dirs...> --out DIR\n\nPeople, places, organizations, dates and attributed claims from plain-text articles.\nPatterns are fast-glob globs (quote them to let extract expand them); - reads standard input.')
    .command('$0 [inputs..]', false, (y) =>
      outputOptions(y)
        .positional('inputs', { type: 'string', array: true, describe: 'files, directories, glob patterns, or - for standard input' })
        .option('reference-date', { type: 'string', describe: 'YYYY-MM-DD that relative dates ("last Friday") resolve against [default: today, UTC]' })
        .option('ignore', { type: 'string', array: true, default: [] as string[], describe: 'glob pattern of files to leave out (repeatable)' })
        .option('jobs', { alias: 'j', type: 'number', describe: 'worker threads [default: number of cores, one per 512 KB of input]' })
        .option('cache', { type: 'string', describe: 'directory of per-document results reused when a file, the options and extract are unchanged' })
        .option('shard', { type: 'string', describe: 'K/N: process only shard K of N (by a hash of the path) and write shard.jsonl for `extract merge`' }),
      (args) => {
        action = async (a) => {
          const options = normalizeOptions({
            patterns: ((a.inputs as string[] | undefined) ?? []).map((x) => restoreDash(String(x))),
            ignore: a.ignore as string[],
            out: restoreDash(a.out as string),
            format: a.format as string,
            referenceDate: a['reference-date'] as string | undefined,
            quiet: a.quiet as boolean,
            cwd,
            ...(a.jobs !== undefined ? { jobs: a.jobs as number } : {}),
            ...(a.cache !== undefined ? { cache: a.cache as string } : {}),
            ...(a.shard !== undefined ? { shard: a.shard as string } : {}),
          });
          const bar = wantsProgress(options.quiet) ? await progressBar() : null;
          try {
            return await run(options, { ...io, ...(bar ? { progress: bar.update } : {}) });
          } finally {
            bar?.stop();
          }
        };
        void args;
      },
    )
    .command('merge <dirs..>', 'combine the outputs of sharded runs (--shard K/N) into what one run would write', (y) =>
      outputOptions(y).positional('dirs', { type: 'string', array: true, describe: 'output directories of the shard runs' }),
      () => {
        action = async (a) => {
          const options = normalizeOptions({ patterns: ['-'], out: a.out as string, format: a.format as string, quiet: a.quiet as boolean, cwd });
          return merge((a.dirs as string[]).map((d) => path.resolve(cwd, d)), options);
        };
      },
    )
    .example('$0 \'input/*.txt\'', 'analyse the sample articles into output/')
    .example('$0 \'corpus/**/*.txt\' --ignore \'**/drafts/**\' --out results', 'a whole tree, minus drafts')
    .example('$0 article.txt --format json --reference-date 2024-03-01', 'JSON only, dates resolved against 1 March 2024')
    .example('cat story.txt | $0 - --format jsonl', 'read standard input')
    .example('$0 \'corpus/**/*.txt\' --cache .extract-cache', 'a nightly job: only changed files are analysed again')
    .example('$0 \'corpus/**/*.txt\' --shard 2/4 --out part2 && $0 merge part1 part2 part3 part4 --out all', 'split a corpus across CI machines')
    .epilog('Exit status: 0 all files read; 1 some files could not be read (listed in documents.csv and on stderr); 2 usage error, no file matched, or output not writable.')
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((msg, err) => {
      usageError = msg ?? err?.message ?? 'invalid arguments';
    });

  let args: Record<string, unknown> = {};
  try {
    args = (await parser.parseAsync()) as Record<string, unknown>;
  } catch (err) {
    usageError ??= (err as Error).message;
  }
  if (usageError) {
    io.stderr(`extract: ${usageError} (see extract --help)`);
    return EXIT.usage;
  }
  if (args.help || args.version || !action) return EXIT.ok;

  const t0 = performance.now();
  try {
    const summary = await (action as Action)(args);
    const quiet = Boolean(args.quiet);
    for (const line of problemLines(summary, quiet)) io.stderr(line);
    if (!quiet) io.stderr(summaryLine(summary, performance.now() - t0, displayDir(cwd, summary.outDir)));
    return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } catch (err) {
    if (err instanceof ExtractError) {
      io.stderr(`extract: ${err.path ? `${err.path}: ` : ''}${err.message} [${err.code}]`);
      return EXIT.usage;
    }
    io.stderr(`extract: internal error: ${(err as Error).message}`);
    return EXIT.usage;
  }
}
