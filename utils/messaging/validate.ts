/** A tiny, dependency-free shape checker for messages crossing the extension's contexts. */
export type Check<T> = (value: unknown, path: string) => T;

export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

function fail(path: string, expected: string, value: unknown): never {
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ShapeError(`${path}: expected ${expected}, got ${actual}`);
}

export const string =
  (maxLength: number, { nonEmpty = false } = {}): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (value.length > maxLength) throw new ShapeError(`${path}: longer than ${maxLength} characters`);
    if (nonEmpty && value.trim() === '') throw new ShapeError(`${path}: must not be empty`);
    return value;
  };

export const integer =
  (min: number, max: number): Check<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'an integer', value);
    if (value < min || value > max) throw new ShapeError(`${path}: must be between ${min} and ${max}`);
    return value;
  };

export const literal =
  <const T extends string>(...allowed: T[]): Check<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(allowed as string[]).includes(value)) fail(path, allowed.map((a) => `"${a}"`).join(' or '), value);
    return value as T;
  };

export const array =
  <T>(item: Check<T>, maxLength: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (value.length > maxLength) throw new ShapeError(`${path}: more than ${maxLength} items`);
    return value.map((entry, i) => item(entry, `${path}[${i}]`));
  };

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : check(value, path);

type Shape = Record<string, Check<unknown>>;
type ShapeValue<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** A plain object with exactly these fields (unknown fields are dropped, so nothing unchecked is stored). */
export function object<S extends Shape>(shape: S): Check<ShapeValue<S>> {
  // Listed once: an import checks the same shape for each of thousands of entries.
  const fields = Object.entries(shape);
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const result: Record<string, unknown> = {};
    for (const [key, check] of fields) {
      const checked = check((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (checked !== undefined) result[key] = checked;
    }
    return result as ShapeValue<S>;
  };
}

/** A pair of two differently shaped values. */
export const tuple =
  <A, B>(first: Check<A>, second: Check<B>): Check<[A, B]> =>
  (value, path) => {
    if (!Array.isArray(value) || value.length !== 2) fail(path, 'a pair', value);
    return [first(value[0], `${path}[0]`), second(value[1], `${path}[1]`)];
  };
