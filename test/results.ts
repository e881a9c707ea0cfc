// For tests: the success of a typed result, or a failure that names the code it got.

type Result<T extends object> = ({ ok: true } & T) | { ok: false; code: string };

export function okOf<T extends object>(result: Result<T>): { ok: true } & T {
  if (!result.ok) throw new Error(`Expected success, got ${result.code}`);
  return result;
}
