// A progress bar on stderr for people watching a terminal; nothing for scripts, CI or --quiet.
// cli-progress is loaded only when a bar is drawn: a run without one does not pay for loading it.

export function wantsProgress(quiet: boolean, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return !quiet && Boolean(stream.isTTY) && !env.CI;
}

export async function progressBar(stream: NodeJS.WriteStream = process.stderr): Promise<{ update: (done: number, total: number) => void; stop: () => void }> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'extract [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted}', stream, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, 0, { rate: '0' });
        started = true;
      }
      bar.update(done, { rate: (done / ((performance.now() - t0) / 1000)).toFixed(1) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
