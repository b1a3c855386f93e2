/** docs/ci.md's GitHub Actions workflow: valid YAML, and the shard count in its commands is the matrix's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseShard } from '../../../src/cli/shard.js';
import { REPO_ROOT } from '../../helpers/repo-root.js';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'ci.md'), 'utf8');
const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(doc)![1]!) as {
  jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: { run?: string; uses?: string }[]; needs?: string }>;
};

describe('docs/ci.md workflow', () => {
  const shardJob = workflow.jobs.shard!;
  const shards = shardJob.strategy!.matrix.shard;
  const runs = shardJob.steps.flatMap((s) => (s.run?.includes('npx deckpress') ? [s.run] : []));

  it('gives every deckpress command of the matrix job a valid --shard for each matrix value', () => {
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      for (const value of shards) {
        const shard = / --shard (\S+)/.exec(run.replaceAll('${{ matrix.shard }}', String(value)))?.[1];
        expect(shard, run).toBeDefined();
        expect(parseShard(shard!)).toEqual({ index: value, count: shards.length });
      }
    }
  });

  it('merges the artifacts, writes the index and deploys to Pages after the matrix', () => {
    const publish = workflow.jobs.publish!;
    expect(publish.needs).toBe('shard');
    const steps = publish.steps.map((s) => s.run ?? s.uses ?? '');
    const at = (text: string) => steps.findIndex((s) => s.includes(text));
    expect(at('actions/download-artifact')).toBeGreaterThan(-1);
    expect(at('npx deckpress index dist')).toBeGreaterThan(at('actions/download-artifact'));
    expect(at('actions/deploy-pages')).toBeGreaterThan(at('npx deckpress index dist'));
  });
});
