// 前へ · 「N件中 a〜b件」 · 次へ under a list the server answers a page at a time.

/** What a page's answer says of itself. */
interface Answered {
  page: number;
  limit: number;
  total: number;
}

/**
 * The pager of a paged list, shown only when there is more than one page. The buttons follow the page
 * asked for; the range, the page the answer holds — the label never runs ahead of the rows.
 */
export function Pager(props: { label: string; testId: string; asked: number; answered: Answered; onPage: (page: number) => void }) {
  const { label, testId, asked, answered, onPage } = props;
  const { page, limit, total } = answered;
  if (total <= limit) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={asked <= 1} onClick={() => onPage(asked - 1)}>
        前へ
      </button>
      <span data-testid={testId}>
        {total}件中 {(page - 1) * limit + 1}〜{Math.min(total, page * limit)}件
      </span>
      <button type="button" disabled={asked >= Math.ceil(total / limit)} onClick={() => onPage(asked + 1)}>
        次へ
      </button>
    </nav>
  );
}
