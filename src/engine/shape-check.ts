import type { z } from './zod';

/** A yes/no check of a value against a schema; false means "ask zod", never "invalid". */
export type ShapeCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
  [key: string]: unknown;
}

/**
 * Compiles a zod schema into a plain predicate that says whether zod would accept a value and
 * return it unchanged. Zod runs jitless here (the CSP forbids its compiler), which costs about a
 * microsecond per property; on a valid scenario the loader asks this predicate first and calls zod
 * only when it says no, so that zod's issues (and their messages) still come from zod. Built from
 * the one zod definition; a schema feature it does not know makes the whole check undefined.
 */
export function shapeCheck(schema: z.ZodType): ShapeCheck | undefined {
  try {
    return compile(schema, new Map());
  } catch {
    return undefined;
  }
}

function compile(schema: z.ZodType, seen: Map<unknown, ShapeCheck>): ShapeCheck {
  const known = seen.get(schema);
  if (known) return known;
  let self: ShapeCheck = () => false;
  seen.set(schema, (v) => self(v)); // recursion through z.lazy goes through this indirection
  self = build(schema, seen);
  seen.set(schema, self);
  return self;
}

function build(schema: z.ZodType, seen: Map<unknown, ShapeCheck>): ShapeCheck {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      const patterns = checks.flatMap((c) =>
        c.check === 'string_format' && c.format === 'regex' ? [c.pattern as RegExp] : [],
      );
      if (patterns.length + lengthCount(checks) !== checks.length) throw new Error('check');
      const [min, max] = lengthRange(checks);
      const [only] = patterns;
      if (patterns.length === 0)
        return (v) => typeof v === 'string' && v.length >= min && v.length <= max;
      if (patterns.length === 1 && only)
        return (v) => typeof v === 'string' && v.length >= min && v.length <= max && only.test(v);
      return (v) =>
        typeof v === 'string' &&
        v.length >= min &&
        v.length <= max &&
        patterns.every((p) => p.test(v));
    }
    case 'number': {
      const tests = checks.map(numberCheck);
      return (v) => typeof v === 'number' && Number.isFinite(v) && tests.every((t) => t(v));
    }
    case 'boolean':
      if (checks.length > 0) throw new Error('check');
      return (v) => typeof v === 'boolean';
    case 'literal':
    case 'enum': {
      const values: unknown[] =
        def.type === 'literal' ? (def.values as unknown[]) : Object.values(def.entries as object);
      if (
        checks.length > 0 ||
        !values.every((x) => typeof x === 'string' || typeof x === 'boolean')
      )
        throw new Error('values');
      const set = new Set<unknown>(values);
      return (v) => set.has(v);
    }
    case 'optional': {
      const inner = compile(def.innerType as z.ZodType, seen);
      return (v) => v === undefined || inner(v);
    }
    case 'lazy': {
      let inner: ShapeCheck | undefined;
      const getter = def.getter as () => z.ZodType;
      return (v) => (inner ??= compile(getter(), seen))(v);
    }
    case 'array': {
      if (lengthCount(checks) !== checks.length) throw new Error('check');
      const element = compile(def.element as z.ZodType, seen);
      const [min, max] = lengthRange(checks);
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (def.options as z.ZodType[]).map((o) => compile(o, seen));
      if (checks.length > 0) throw new Error('check');
      return (v) => options.some((o) => o(v));
    }
    case 'record': {
      const key = compile(def.keyType as z.ZodType, seen);
      const value = compile(def.valueType as z.ZodType, seen);
      if (checks.length > 0 || (def.keyType as { _zod: { values?: unknown } })._zod.values)
        throw new Error('record');
      return (v) => {
        if (!isPlain(v)) return false;
        for (const k in v) if (k === '__proto__' || !key(k) || !value(v[k])) return false;
        return true;
      };
    }
    case 'object': {
      const catchall = (def.catchall as { _zod: { def: Def } } | undefined)?._zod.def.type;
      if (checks.length > 0 || catchall !== 'never') throw new Error('object');
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const tests = keys.map((k) => compile(shape[k] as z.ZodType, seen));
      const allowed = new Set(keys);
      return (v) => {
        if (!isPlain(v)) return false;
        for (const k in v) if (!allowed.has(k) || k === '__proto__') return false;
        for (let i = 0; i < keys.length; i++)
          if (!(tests[i] as ShapeCheck)(v[keys[i] as string])) return false;
        return true;
      };
    }
    default:
      throw new Error(`unsupported: ${def.type}`);
  }
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.getPrototypeOf(v) === Object.prototype
  );
}

function lengthCount(checks: Record<string, unknown>[]): number {
  return checks.filter((c) => c.check === 'min_length' || c.check === 'max_length').length;
}

function lengthRange(checks: Record<string, unknown>[]): [number, number] {
  let min = 0;
  let max = Infinity;
  for (const c of checks) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum as number);
    if (c.check === 'max_length') max = Math.min(max, c.maximum as number);
  }
  return [min, max];
}

function numberCheck(c: Record<string, unknown>): (n: number) => boolean {
  const bound = c.value as number;
  if (c.check === 'greater_than') return c.inclusive ? (n) => n >= bound : (n) => n > bound;
  if (c.check === 'less_than') return c.inclusive ? (n) => n <= bound : (n) => n < bound;
  if (c.check === 'number_format' && c.format === 'safeint') return (n) => Number.isSafeInteger(n);
  throw new Error('check');
}
