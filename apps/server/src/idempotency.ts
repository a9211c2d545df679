// Idempotency-Key on every POST (the creating requests): a double tap, or a retry after a lost
// answer, gets the first answer back and creates nothing twice. The key is the client's (one per
// intended creation), kept per user for 24 hours with the answer; see the README's API section.
import { createHash } from 'node:crypto';
import { AppError, answerRequestKey, releaseRequestKey, reserveRequestKey, type ServiceContext } from '@wakai/services';
import type { MiddlewareHandler } from 'hono';
import type { Env } from './auth.js';

/** Visible ASCII, as a UUID or any client-made id is written. */
const KEY = /^[\x21-\x7e]{1,200}$/;
/** How long a second request waits for the first one with its key before it is told to look again. */
const WAIT_MS = 30_000;
const POLL_MS = 100;

const stillRunning = () =>
  new AppError('conflict', '同じ操作をまだ処理しています。少し待ってから画面を読み込み直し、登録されたかを確かめてください');

export function idempotentPosts(ctx: ServiceContext): MiddlewareHandler<Env> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!KEY.test(key))
      throw new AppError('validation', 'Idempotency-Key は1〜200文字の英数字と記号で指定してください(例: UUID)', {
        fields: [{ path: ['Idempotency-Key'], message: 'Idempotency-Key の形式が正しくありません' }],
      });
    const url = new URL(c.req.url);
    // The body is read once here; the route reads it again from Hono's cache.
    const digest = createHash('sha256')
      .update(new Uint8Array(await c.req.arrayBuffer()))
      .digest('hex');
    const held = { userId: c.var.user.id, key };
    const request = `POST ${url.pathname}${url.search} ${digest}`;
    const started = Date.now();
    for (;;) {
      const found = await reserveRequestKey(ctx, { ...held, request });
      if (found.state === 'answered')
        return c.body(found.answer, found.status as 200, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
      if (found.state === 'otherRequest')
        throw new AppError('validation', 'この Idempotency-Key は別の内容の送信にすでに使われています。新しいキーで送ってください', {
          fields: [{ path: ['Idempotency-Key'], message: '別の送信に使われたキーです' }],
        });
      if (found.state === 'reserved') break;
      if (Date.now() - started > WAIT_MS) throw stillRunning();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    try {
      await next();
    } catch (error) {
      await releaseRequestKey(ctx, held).catch(() => {});
      throw error;
    }
    const json = (c.res.headers.get('content-type') ?? '').startsWith('application/json');
    // Only what was done is kept: a refusal created nothing, and the same key may try again. Neither
    // may fail the request once its work committed: a key left unanswered makes a retry wait, then
    // hear that it is still running (never create twice).
    const done = c.res.status >= 200 && c.res.status < 300 && json;
    await (done
      ? answerRequestKey(ctx, { ...held, status: c.res.status, answer: await c.res.clone().text() })
      : releaseRequestKey(ctx, held)
    ).catch(() => {});
  };
}
