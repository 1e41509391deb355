/**
 * Runs the synthetic generator in a child process, so that the rows it builds in memory (half a
 * million at scale 1) never inflate the RSS measured in the benchmark's process, which serves the API.
 * (A worker thread was not enough: its freed memory stayed in the process, ~400 MB at scale 1.)
 */
import { generateSynthetic, type SyntheticOptions } from '../../seeds/synthetic/generate.js';

process.once('message', (message: { url: string; options: Omit<SyntheticOptions, 'log'> }) => {
  generateSynthetic(message.url, message.options).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error) => process.send!({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1)),
  );
});
