import { lazy, Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { PageErrorBoundary } from './components/PageErrorBoundary.js';
import { AccountPage } from './pages/AccountPage.js';
import { AdvicePage } from './pages/AdvicePage.js';
import { BudgetPage } from './pages/BudgetPage.js';
import { CaseAuditPage } from './pages/CaseAuditPage.js';
import { CaseListPage } from './pages/CaseListPage.js';
import { CaseOverviewPage } from './pages/CaseOverviewPage.js';
import { CaseTrashPage } from './pages/CaseTrashPage.js';
import { ContractPage } from './pages/ContractPage.js';
import { CreditorNegotiationPage } from './pages/CreditorNegotiationPage.js';
import { DeadlinesPage } from './pages/DeadlinesPage.js';
import { DebtorPage } from './pages/DebtorPage.js';
import { DiagnosisPage } from './pages/DiagnosisPage.js';
import { DocumentsPage } from './pages/DocumentsPage.js';
import { GlossaryPage } from './pages/GlossaryPage.js';
import { InvitePage } from './pages/InvitePage.js';
import { NegotiationBoardPage } from './pages/NegotiationBoardPage.js';
import { PreparationPage } from './pages/PreparationPage.js';
import { SupportPage } from './pages/SupportPage.js';
import { roleLabels, SessionGate, useSession } from './session.js';

/** この端末のデータ: only in the static build, whose cases live in this browser. */
const DevicePage =
  import.meta.env.MODE === 'static'
    ? lazy(() => import('./pages/DevicePage.js').then(({ DevicePage }) => ({ default: DevicePage })))
    : undefined;

/** 事務所に送る: only in the static build, whose case goes to the office by the invitation link. */
const SendToOfficePage =
  import.meta.env.MODE === 'static'
    ? lazy(() => import('./pages/SendToOfficePage.js').then(({ SendToOfficePage }) => ({ default: SendToOfficePage })))
    : undefined;

export function App() {
  return (
    <SessionGate>
      <Shell />
    </SessionGate>
  );
}

function Shell() {
  const { session } = useSession();
  const user = session.user;
  // The family-and-strain page reads the open case, where there is one.
  const [location] = useLocation();
  const openCase = /^\/cases\/([^/]+)/.exec(location)?.[1];
  return (
    <>
      <header className="app-header no-print">
        <Link href="/" className="brand">
          和解 <span>Wakai</span>
        </Link>
        {user && <Link href="/deadlines">期限</Link>}
        <Link href="/glossary">用語集</Link>
        <Link href={openCase ? `/cases/${openCase}/support` : '/support'} data-testid="support-link">
          家族・つらいとき
        </Link>
        {session.mode === 'local' ? (
          DevicePage ? (
            <Link href="/device" className="privacy" data-testid="device-link">
              データはこの端末の中だけに保存されます(場所・削除)
            </Link>
          ) : (
            <span className="privacy">データはこの端末の中だけに保存されます</span>
          )
        ) : (
          user && (
            <Link href="/account" className="account-link" data-testid="account-link">
              {user.displayName}({roleLabels[user.role]})
            </Link>
          )
        )}
      </header>
      <main>
        <PageErrorBoundary>
          <Switch>
            <Route path="/" component={CaseListPage} />
            <Route path="/cases/:caseId">{(params) => <CaseOverviewPage caseId={params.caseId} />}</Route>
            <Route path="/deadlines" component={DeadlinesPage} />
            <Route path="/account" component={AccountPage} />
            <Route path="/invite/:token">{(params) => <InvitePage token={params.token} />}</Route>
            <Route path="/glossary" component={GlossaryPage} />
            {DevicePage && (
              <Route path="/device">
                <Suspense fallback={<p>読み込み中…</p>}>
                  <DevicePage />
                </Suspense>
              </Route>
            )}
            {SendToOfficePage && (
              <Route path="/cases/:caseId/send">
                {(params) => (
                  <Suspense fallback={<p>読み込み中…</p>}>
                    <SendToOfficePage caseId={params.caseId} />
                  </Suspense>
                )}
              </Route>
            )}
            <Route path="/support">{() => <SupportPage />}</Route>
            <Route path="/advice">{() => <AdvicePage />}</Route>
            <Route path="/cases/:caseId/support">{(params) => <SupportPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/advice">{(params) => <AdvicePage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/negotiation">{(params) => <NegotiationBoardPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/creditors/:creditorId/negotiation">
              {(params) => <CreditorNegotiationPage caseId={params.caseId} creditorId={params.creditorId} />}
            </Route>
            <Route path="/cases/:caseId/creditors/:creditorId/prepare">
              {(params) => <PreparationPage caseId={params.caseId} creditorId={params.creditorId} />}
            </Route>
            <Route path="/cases/:caseId/diagnosis">{(params) => <DiagnosisPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/debtor">{(params) => <DebtorPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/budget">{(params) => <BudgetPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/audit">{(params) => <CaseAuditPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/trash">{(params) => <CaseTrashPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/documents">{(params) => <DocumentsPage caseId={params.caseId} />}</Route>
            <Route path="/cases/:caseId/contracts/:contractId">
              {(params) => <ContractPage caseId={params.caseId} contractId={params.contractId} />}
            </Route>
            <Route>
              <p>ページが見つかりません。</p>
            </Route>
          </Switch>
        </PageErrorBoundary>
      </main>
    </>
  );
}
