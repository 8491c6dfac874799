/** The result of a check: a value with warnings, or a reason a user can act on. */
export type Checked<T> = { ok: true; value: T; warnings: string[] } | { ok: false; reason: string };
