// /api/deadlines: what is due across the user's cases — a window of it (a range, paged and filtered,
// with an ETag: an unchanged list is answered 304), the whole list grouped, and an .ics file.
import {
  type DeadlineWindowQuery,
  deadlinesIcsStream,
  deadlineWindowRequest,
  groupedDeadlinesOf,
  horizonDays,
  type ServiceContext,
} from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';
import { jsonText } from '../json-text.js';
import { declared, queryInput } from '../request-input.js';

/** Whether the client's If-None-Match names the current tag (weak comparison, as for GET). */
function notModified(header: string, tag: string): boolean {
  return header.split(',').some((given) => given.trim().replace(/^W\//, '') === tag || given.trim() === '*');
}

export function deadlineRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      .get('/deadlines', queryInput(declared<{ days?: string }>()), async (c) =>
        c.json(await groupedDeadlinesOf(ctx, { user: c.var.user, days: horizonDays(c.req.query('days')) })),
      )
      .get('/deadlines/window', queryInput(declared<DeadlineWindowQuery>()), async (c) => {
        const asked = c.req.header('if-none-match');
        const current = asked === undefined ? undefined : (tag: string) => notModified(asked, tag);
        const { tag, text } = await deadlineWindowRequest(ctx, { user: c.var.user, query: c.req.valid('query'), current });
        c.header('ETag', tag);
        // Revalidated every time: the tag is cheap, the list may change with any write.
        c.header('Cache-Control', 'private, no-cache');
        if (text === undefined) return c.body(null, 304);
        return jsonText(c, text);
      })
      // Every deadline, the overdue ones too, for the user's own calendar.
      .get('/deadlines.ics', async (c) => {
        const file = await deadlinesIcsStream(ctx, { user: c.var.user });
        c.header('Content-Type', 'text/calendar; charset=utf-8');
        c.header('Content-Disposition', 'attachment; filename="wakai-deadlines.ics"');
        return c.body(file);
      })
  );
}
