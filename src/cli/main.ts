// The command line: parse options, call the pipeline, print problems and a summary on stderr, exit.
// Exit codes: 0 every file read; 1 some files could not be read (outputs written for the others);
// 2 usage error, no file matched, or the output cannot be written.
import path from 'node:path';
import yargs from 'yargs';
import { EXIT, ExtractError } from '../errors.js';
import { FORMATS, normalizeOptions } from '../options.js';
import { run, type RunHooks } from '../pipeline/index.js';
import { VERSION } from '../version.js';
import { problemLines, summaryLine } from './report.js';

export interface Io extends RunHooks {
  stderr: (line: string) => void;
  cwd?: string;
}

const defaultIo: Io = { stderr: (line) => process.stderr.write(`${line}\n`) };

function displayDir(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel;
}

// yargs drops a lone '-', which means standard input here: it is carried through parsing under another name.
const STDIN_ARG = '\u0000stdin';
const restoreDash = (v: string): string => (v === STDIN_ARG ? '-' : v);

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let usageError: string | null = null;
  const parser = yargs(argv.map((a) => (a === '-' ? STDIN_ARG : a)))
    .scriptName('extract')
    .usage('$0 [options] <files or patterns...>\n\nPeople, places, organizations, dates and attributed claims from plain-text articles.\nPatterns are fast-glob globs (quote them to let extract expand them); - reads standard input.')
    .command('$0 [inputs..]', false, (y) =>
      y.positional('inputs', { type: 'string', array: true, describe: 'files, directories, glob patterns, or - for standard input' }),
    )
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'directory for the output files' })
    .option('format', { alias: 'f', type: 'string', default: 'csv,json', describe: `comma-separated list of ${FORMATS.join(', ')}` })
    .option('reference-date', { type: 'string', describe: 'YYYY-MM-DD that relative dates ("last Friday") resolve against [default: today, UTC]' })
    .option('ignore', { type: 'string', array: true, default: [] as string[], describe: 'glob pattern of files to leave out (repeatable)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print errors only: no warnings, no summary' })
    .example('$0 \'input/*.txt\'', 'analyse the sample articles into output/')
    .example('$0 \'corpus/**/*.txt\' --ignore \'**/drafts/**\' --out results', 'a whole tree, minus drafts')
    .example('$0 article.txt --format json --reference-date 2024-03-01', 'JSON only, dates resolved against 1 March 2024')
    .example('curl -s URL | $0 - --format jsonl', 'read standard input')
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

  let args: Awaited<ReturnType<typeof parser.parseAsync>>;
  try {
    args = await parser.parseAsync();
  } catch (err) {
    usageError ??= (err as Error).message;
    args = {} as typeof args;
  }
  if (usageError) {
    io.stderr(`extract: ${usageError} (see extract --help)`);
    return EXIT.usage;
  }
  if ((args as { help?: boolean }).help || (args as { version?: boolean }).version) return EXIT.ok;

  const t0 = performance.now();
  try {
    const options = normalizeOptions({
      patterns: ((args.inputs as string[] | undefined) ?? []).map((a) => restoreDash(String(a))),
      ignore: args.ignore as string[],
      out: restoreDash(args.out as string),
      format: args.format as string,
      referenceDate: args['reference-date'] as string | undefined,
      quiet: args.quiet as boolean,
      cwd: io.cwd,
    });
    const result = await run(options, io);
    for (const line of problemLines(result, options.quiet)) io.stderr(line);
    if (!options.quiet) io.stderr(summaryLine(result, performance.now() - t0, displayDir(options.cwd, options.out)));
    return result.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } catch (err) {
    if (err instanceof ExtractError) {
      io.stderr(`extract: ${err.path ? `${err.path}: ` : ''}${err.message} [${err.code}]`);
      return EXIT.usage;
    }
    io.stderr(`extract: internal error: ${(err as Error).message}`);
    return EXIT.usage;
  }
}
