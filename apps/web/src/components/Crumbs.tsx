// Where the user is: the breadcrumbs (案件一覧 › the case by its debtor's name › …) and the tab's
// <title>, which names the page and the case so that tabs and the history can be told apart.
import { Fragment, useEffect } from 'react';
import { Link } from 'wouter';
import { call, client } from '../api.js';
import { useLoad } from '../use-load.js';

const appName = '和解 Wakai';

/** The tab's title: the page, then the case, then the app (「家計収支 — 佐藤 一郎 | 和解 Wakai」). */
export function usePageTitle(page: string | undefined, caseName?: string) {
  const named = page && caseName ? `${page} — ${caseName}` : (page ?? caseName);
  const title = named ? `${named} | ${appName}` : appName;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

interface Step {
  href: string;
  label: string;
}

/**
 * The crumbs of a page of a case: 案件一覧 › the debtor's name › the steps between › `here`. The name is
 * read from the case when the page does not hold it (書類, 変更履歴, ごみ箱).
 */
export function CaseCrumbs({
  caseId,
  caseName,
  steps = [],
  here,
  title,
  className = 'crumbs',
}: {
  caseId: string;
  caseName?: string | undefined;
  steps?: Step[];
  here?: string;
  /** The page's name in the tab when the crumbs' last step does not say enough (a creditor's pages). */
  title?: string;
  className?: string;
}) {
  const loaded = useLoad(
    () =>
      caseName === undefined
        ? call(client.cases[':caseId'].$get({ param: { caseId } })).then((d) => d.case.debtor.name)
        : Promise.resolve(caseName),
    [caseId, caseName],
  );
  const name = caseName ?? loaded.data;
  usePageTitle(title ?? here, name ?? '案件');
  return (
    <nav className={className} aria-label="現在地">
      <Link href="/">案件一覧</Link> › {here === undefined ? (name ?? '案件') : <Link href={`/cases/${caseId}`}>{name ?? '案件'}</Link>}
      {steps.map((step) => (
        <Fragment key={step.href}>
          {' '}
          › <Link href={step.href}>{step.label}</Link>
        </Fragment>
      ))}
      {here !== undefined && <> › {here}</>}
    </nav>
  );
}

/** The crumbs of a page outside any case (期限, 用語集): 案件一覧 › `here`. */
export function Crumbs({ here }: { here: string }) {
  usePageTitle(here);
  return (
    <nav className="crumbs" aria-label="現在地">
      <Link href="/">案件一覧</Link> › {here}
    </nav>
  );
}
