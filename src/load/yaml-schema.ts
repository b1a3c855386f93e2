import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

/**
 * YAML 1.2's core schema, read exactly as the yaml package reads it (the package that
 * places syntax errors and reads what js-yaml refuses), so a value never depends on
 * which parser read it. js-yaml's own CORE_SCHEMA differs on three things: it reads
 * 0b101 and a signed hex or octal (+0x1F, -0o7) as numbers, which YAML 1.2 reads as
 * text, and a float too large for a double (1e999) as text, which YAML 1.2 reads as
 * Infinity (and a data file then refuses, rather than show a number nobody wrote).
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

const nullType = new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data: string) => NULL.test(data), construct: () => null });

const bool = new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data: string) => BOOL.test(data), construct: (data: string) => data.toLowerCase() === 'true' });

const int = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data),
  construct: (data: string) => (OCTAL.test(data) ? parseInt(data.slice(2), 8) : HEX.test(data) ? parseInt(data.slice(2), 16) : Number(data)),
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => FLOAT.test(data) || INFINITY.test(data) || NAN.test(data),
  construct: (data: string) => (INFINITY.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : NAN.test(data) ? NaN : parseFloat(data)),
});

/** The schema every js-yaml read of the project uses: null, bool, int and float of YAML 1.2's core schema. */
export const YAML_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, bool, int, float] });
