// Sending this device's case to the office that invited the debtor: the invitation link read into
// the office's address and token, and a client of the office's API (typed from the same routes)
// that sends no cookie — the token is the only credential these cross-origin routes take.
import type { ApiRoutes } from '@wakai/server';
import { hc } from 'hono/client';
import { ApiError } from '../api.js';

export interface InvitationLink {
  /** The office server's origin, e.g. https://wakai.office.example. */
  office: string;
  token: string;
}

/** The link as the office sent it (…/invite/<token>), or undefined when it is not one. */
export function readInvitationLink(text: string): InvitationLink | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const token = /^\/invite\/([A-Za-z0-9_-]{16,})\/?$/.exec(url.pathname)?.[1];
  if (!token || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  return { office: url.origin, token };
}

/** The office's API: only its two invitation upload routes answer another site. */
export function officeClient(office: string) {
  return hc<ApiRoutes>(`${office}/api`, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, credentials: 'omit', mode: 'cors' }),
  });
}

/** A refusal put as what to do next: the office's own message, or why the office could not be reached. */
export function sendProblem(error: unknown): string {
  if (!(error instanceof ApiError)) return `送れませんでした: ${String(error)}`;
  if (error.status === 0)
    return navigator.onLine
      ? '事務所のサーバーにつながりませんでした。招待リンクが事務所から届いたとおりか確かめ、時間をおいてもう一度お試しください。何も送られていません'
      : 'インターネットにつながっていません。つながる場所で、もう一度「違いを確かめる」からお試しください。何も送られていません';
  if (error.code === 'conflict')
    return '確かめたあとで、事務所がこの案件を変更しました。何も送られていません。もう一度「違いを確かめる」を押して、新しい違いを見てから送ってください';
  return error.message;
}
