// A page that throws while drawing shows a Japanese message and a reload button, never a white page;
// moving to another page starts it afresh.
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocation } from 'wouter';

function PageFailed({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <div className="page">
      <div className="notice notice-error" role="alert" data-testid="page-error">
        <p>
          <b>この画面を表示できませんでした。</b>
          保存済みの内容は失われていません。もう一度読み込んでください。同じ操作をやり直す前に、記録が追加されていないか確かめてください。
        </p>
        <p className="muted">{error instanceof Error ? error.message : String(error)}</p>
        <div className="actions">
          <button type="button" onClick={() => window.location.reload()}>
            再読み込み
          </button>
          <button type="button" className="secondary" onClick={resetErrorBoundary}>
            もう一度表示する
          </button>
        </div>
      </div>
    </div>
  );
}

export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[location]}>
      {children}
    </ErrorBoundary>
  );
}
