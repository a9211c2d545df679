// A JSON client over real HTTP for the API tests (a session cookie when logged in).
export type Json = Record<string, unknown> & { error?: { code: string; message: string; fields?: { path: unknown[]; message: string }[] } };

export function client(base: string, cookie = '') {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body instanceof Uint8Array || typeof body === 'string' ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array || typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json & Json[], headers: response.headers };
  };
  return call;
}
