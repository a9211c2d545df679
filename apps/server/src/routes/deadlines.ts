// /api/deadlines: what is due across the user's cases, grouped, and the same as an .ics file.
import { deadlinesIcs, deadlinesOf, groupedDeadlinesOf, horizonDays, type ServiceContext } from '@wakai/services';
import { Hono } from 'hono';
import type { Env } from '../auth.js';

export function deadlineRoutes(ctx: ServiceContext) {
  return (
    new Hono<Env>()
      .get('/deadlines', async (c) => c.json(await groupedDeadlinesOf(ctx, { user: c.var.user, days: horizonDays(c.req.query('days')) })))
      // Every deadline, the overdue ones too, for the user's own calendar.
      .get('/deadlines.ics', async (c) => {
        const deadlines = await deadlinesOf(ctx, { user: c.var.user });
        c.header('Content-Type', 'text/calendar; charset=utf-8');
        c.header('Content-Disposition', 'attachment; filename="wakai-deadlines.ics"');
        return c.body(deadlinesIcs(ctx, deadlines));
      })
  );
}
