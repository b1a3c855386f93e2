/**
 * Problems writing the output that concern no position in the deck: an `--out`
 * that overlaps the sources (exit 2, a usage mistake) and disk errors (exit 1).
 * Both are a CommandError (src/diagnostics/command-error.ts) with a code of codes/output.ts.
 */
import { outputCodes } from '../diagnostics/codes/output.js';
import { commandError, isCommandErrorOf, type CommandError } from '../diagnostics/command-error.js';

export type OutputError = CommandError<keyof typeof outputCodes>;

export function outputOverlapsSource(params: { out: string; what: string; source: string }): OutputError {
  return commandError('OutputOverlapsSource', params, 2);
}

/** What each system error means to a user, and what to do about it. */
const SYSTEM_ERRORS: Record<string, { detail: string; reason: string }> = {
  ENOSPC: { detail: 'no space left on the disk', reason: 'Free some space on the disk, then run the command again.' },
  EDQUOT: { detail: 'the disk quota is used up', reason: 'Free some space in your quota, then run the command again.' },
  EROFS: { detail: 'the file system is read-only', reason: 'Choose a writable output folder with --out.' },
  EACCES: { detail: 'permission denied', reason: "Check the folder's permissions, or choose another output folder with --out." },
  EPERM: { detail: 'the operation is not permitted', reason: "Check the folder's permissions and that no program holds the file open, or choose another output folder with --out." },
  EBUSY: { detail: 'the file is in use', reason: 'Close the program that holds the file open (a PDF viewer, a file explorer), then run the command again.' },
  EMFILE: { detail: 'too many files are open', reason: 'Raise the open-file limit (ulimit -n), or build fewer decks at once.' },
  ENOTDIR: { detail: 'a part of the path is a file, not a folder', reason: 'Remove that file or choose another output folder with --out.' },
  EISDIR: { detail: 'a folder is in the way', reason: 'Remove that folder or choose another output folder with --out.' },
  EIO: { detail: 'the disk reported an input/output error', reason: 'Check the disk, then run the command again.' },
};

/** A system error (errno code) as a user-facing OutputError; anything else is returned unchanged. */
export function asOutputError(error: unknown, path: string, action: string): unknown {
  if (isCommandErrorOf(error, outputCodes)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  const known = SYSTEM_ERRORS[code] ?? { detail: (error as Error).message, reason: 'Check that the output folder is writable and the disk has space, then run the command again.' };
  const params = { path, action, detail: `${known.detail} (${code})`, reason: known.reason };
  return commandError('OutputWriteFailed', params, 1, error);
}
