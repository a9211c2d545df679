// Who is using the app: the local owner (embedded, no login) or a signed-in user of an office server
// with a role. Pages read the role to hide what the user may not do; the server refuses it anyway.
import { createContext, type ReactNode, useContext } from 'react';
import { useLocation } from 'wouter';
import { call, client, type Session as SessionAnswer } from './api.js';
import { Notice } from './components/form.js';
import { LoginPage } from './pages/LoginPage.js';
import { useLoad } from './use-load.js';

/** Who is signed in, as GET /api/session answers. */
export type Session = SessionAnswer;
export type SessionUser = NonNullable<Session['user']>;
export type Role = SessionUser['role'];

export const roleLabels: Record<Role, string> = { lawyer: '弁護士', scrivener: '司法書士', staff: '事務員', debtor: 'ご本人' };

const SessionContext = createContext<{ session: Session; reload: () => Promise<void> } | undefined>(undefined);

export function useSession() {
  return useContext(SessionContext) as { session: Session; reload: () => Promise<void> };
}

/** What the signed-in user is: the debtor sees their case; staff work on it; owners also share it and delete it. */
export function useRole(): { role: Role | undefined; isDebtor: boolean; isOwner: boolean; isOffice: boolean } {
  const role = useSession()?.session.user?.role;
  return {
    role,
    isDebtor: role === 'debtor',
    isOwner: role === 'lawyer' || role === 'scrivener',
    isOffice: role !== 'debtor',
  };
}

/**
 * The static build has no login, only this device's owner (localUser: 'lawyer', as on an embedded
 * install): its pages render before the in-browser database opens, seconds on a first visit. Its id
 * comes with the database's answer; no page reads it.
 */
const deviceSession: Session | undefined =
  import.meta.env.MODE === 'static'
    ? { mode: 'local', user: { id: '', email: '', displayName: 'この端末の利用者', isLocal: true, role: 'lawyer' } }
    : undefined;

/** Loads the session; on an office server without a login shows the login page (an invitation link excepted). */
export function SessionGate({ children }: { children: ReactNode }) {
  const { data: loaded, error, reload } = useLoad(() => call(client.session.$get()), []);
  const [location] = useLocation();
  const data = loaded ?? deviceSession;
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  const open = location.startsWith('/invite/');
  return (
    <SessionContext.Provider value={{ session: data, reload }}>
      {data.mode === 'login' && !data.user && !open ? (
        <>
          <header className="app-header">
            <span className="brand">
              和解 <span>Wakai</span>
            </span>
          </header>
          <main>
            <LoginPage onLoggedIn={reload} />
          </main>
        </>
      ) : (
        children
      )}
    </SessionContext.Provider>
  );
}

/** Hides the editing controls inside (forms, buttons) for a user who may only read them. */
export function ViewOnly({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? <div className="view-only">{children}</div> : children;
}
