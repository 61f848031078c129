/** Every text the repository holds that pages are made of: the unrelated fixtures and the claims' sources. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const pageCorpus: readonly string[] = ['tests/fixtures/unrelated', 'claims/sources'].flatMap((dir) =>
  readdirSync(join(process.cwd(), dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(process.cwd(), dir, f), 'utf8')),
);
