import { Type } from 'js-yaml';

// The YAML 1.2 core schema's plain scalars, as the yaml package resolves them (its tags null,
// bool, int (oct, dec, hex) and float (nan/inf, exp, fixed), in that order), so that js-yaml reads
// `yes`, `no`, `on`, `0b1`, `1_000` or `2014-01-01` as text exactly as the yaml package does.

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Whether a plain scalar is a null, boolean or number under the YAML 1.2 core schema. */
export function isCoreScalar(s: string): boolean {
  if (s === '') return true;
  // Only these characters start a non-string core scalar (- + . 0-9 ~ n N t T f F).
  const c = s.charCodeAt(0) | 0x20; // folds upper case onto lower case
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x7e))
    if (c !== 0x6e && c !== 0x74 && c !== 0x66) return false;
  return (
    NULL.test(s) ||
    BOOL.test(s) ||
    INT_OCT.test(s) ||
    INT_DEC.test(s) ||
    INT_HEX.test(s) ||
    FLOAT_NAN.test(s) ||
    FLOAT_EXP.test(s) ||
    FLOAT.test(s)
  );
}

/** The value of a plain scalar that `isCoreScalar` accepted (else the text itself). */
export function coreScalarValue(s: string): null | boolean | number | string {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT_DEC.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s))
    return s.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : s[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** The core scalars as one js-yaml implicit type, for a schema built on js-yaml's failsafe one. */
export const CORE_SCALARS = new Type('tag:yaml.org,2002:core-scalar', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || isCoreScalar(data),
  construct: (data: string | null) => (data === null ? null : coreScalarValue(data)),
});
