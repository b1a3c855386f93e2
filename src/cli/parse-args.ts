import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../diagnostics/suggest.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** Long names other deck tools use for our options (Marp CLI, Slidev): `--output` is our `--out`. */
const ALIASES: Readonly<Record<string, string>> = { '--output': '--out' };

/**
 * node:util's parseArgs, with its errors turned into UsageError (exit 2): an
 * unknown option gets a "did you mean" and the command's own help.
 */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, help: string): Parsed<O> {
  const spelled = args.map((arg) => {
    const [name, value] = arg.split(/=(.*)/s, 2);
    const alias = ALIASES[name!];
    return alias && alias.slice(2) in options ? (value === undefined ? alias : `${alias}=${value}`) : arg;
  });
  try {
    return parseArgs({ args: spelled, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
    if (!unknown) throw new UsageError(message, help);
    const names = Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
    const suggestion = closest(`${unknown[1]}${unknown[2]}`, [...names, ...Object.keys(ALIASES).filter((a) => ALIASES[a]!.slice(2) in options)]);
    throw new UsageError(`Unknown option ${unknown[1]}${unknown[2]}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`, help);
  }
}
