/**
 * js-yaml reads every value with YAML_CORE_SCHEMA exactly as the yaml package reads
 * it (the package behind syntax errors and whatever js-yaml refuses), so a value never
 * depends on which parser read it.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { YAML_CORE_SCHEMA } from '../../../src/load/yaml-schema.js';

const SCALARS = [
  // numbers, and text that only looks like one
  '0', '-0', '+12', '017', '0o17', '0O17', '0x1F', '0X1F', '0xff', '+0x1', '-0o7', '0b101', '1_000', '1,000', '9007199254740993',
  '12.', '.5', '1.e5', '1.5e3', '1.5E+3', '1e5', '12e', '.e5', '3.14_15', '1e999', '-1e999', '1.0e+999',
  '.inf', '+.inf', '-.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '.', '+', '0x', '0o',
  // booleans and nulls, and words YAML 1.1 read as such
  'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'y',
  'null', 'Null', 'NULL', 'nULL', '~', '',
  // text
  '2024-01-01', '1:20', 'USD 3.7B', '"1e999"', "'12'", '"true"',
  // collections
  '[1, 2e400, .nan, 0b1]', '{a: 0x10, b: ~}',
];

describe('YAML_CORE_SCHEMA', () => {
  it.each(SCALARS)('reads %j as the yaml package does', (written) => {
    const text = `v: ${written}\n`;
    const ours = (load(text, { schema: YAML_CORE_SCHEMA }) as { v: unknown }).v;
    expect(ours).toStrictEqual(parse(text).v);
  });

  it('reads a float too large for a double as Infinity, so a data file can refuse it', () => {
    expect(load('[1e999, -1e999]', { schema: YAML_CORE_SCHEMA })).toEqual([Infinity, -Infinity]);
  });
});
