// 事務所に送る (static build only): this device's case sent into the case of the office that invited
// the debtor. What will be sent is shown first, read here; the office's server is asked only when
// the person asks for the differences, and the case goes in only on a second, explicit click —
// through the office's ordinary merge, all or nothing, refused if the office changed the case since.
import { useState } from 'react';
import { call, client, type JsonOf, type MergePreview } from '../api.js';
import { DiffView } from '../components/CaseFileMerge.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Field, Notice } from '../components/form.js';
import { type InvitationLink, officeClient, readInvitationLink, sendProblem } from '../offline/office-upload.js';
import { useLoad } from '../use-load.js';

type CaseFile = JsonOf<Awaited<ReturnType<(typeof client.cases)[':caseId']['export']['$get']>>>;
type Preview = MergePreview & { caseTitle: string; invitedName: string };

export function SendToOfficePage({ caseId }: { caseId: string }) {
  const file = useLoad(() => call(client.cases[':caseId'].export.$get({ param: { caseId } })), [caseId]);
  const [link, setLink] = useState<InvitationLink>();
  const [preview, setPreview] = useState<Preview>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();

  async function compare(text: string) {
    setPreview(undefined);
    setNotice(undefined);
    const read = readInvitationLink(text);
    if (!read) {
      setNotice({
        kind: 'error',
        text: '招待リンクの形ではありません。事務所から届いたリンク(…/invite/… で終わるもの)をそのまま貼り付けてください',
      });
      return;
    }
    if (!file.data) return;
    setBusy(true);
    try {
      const office = officeClient(read.office).invitations[':token']['case-file'];
      setPreview(await call(office.preview.$post({ param: { token: read.token }, json: file.data })));
      setLink(read);
    } catch (e) {
      setNotice({ kind: 'error', text: sendProblem(e) });
    } finally {
      setBusy(false);
    }
  }

  async function send() {
    if (!link || !preview || !file.data) return;
    setBusy(true);
    try {
      const office = officeClient(link.office).invitations[':token']['case-file'];
      await call(
        office.apply.$post({
          param: { token: link.token },
          json: { file: file.data, version: preview.version, baseline: preview.baseline },
        }),
      );
      setPreview(undefined);
      setNotice({
        kind: 'ok',
        text: '事務所に送りました。事務所の案件に取り込まれ、変更履歴に記録されました。この招待リンクは使い終わりです。この端末の案件はそのまま残っています',
      });
    } catch (e) {
      setPreview(undefined);
      setNotice({ kind: 'error', text: sendProblem(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} here="事務所に送る" />
      <h1>事務所に送る</h1>
      <section className="card" data-testid="send-what">
        <h2>送る内容</h2>
        <p>
          この案件は、いまこの端末の中だけにあります。下の「この内容で事務所に送る」を押すまで、どこにも保存されません。
          送ると、事務所の案件がこの内容に置き換わります(事務所の交渉の記録はそのまま残ります。この内容にない債権者は事務所のごみ箱に移ります)。
        </p>
        {file.error && <Notice kind="error">{file.error}</Notice>}
        {file.data ? <FileSummary file={file.data} /> : !file.error && <p>読み込み中…</p>}
      </section>
      <form
        className="card"
        aria-label="招待リンク"
        onSubmit={(event) => {
          event.preventDefault();
          void compare(String(new FormData(event.currentTarget).get('link') ?? ''));
        }}
      >
        <h2>1. 招待リンクを貼り付けて、違いを確かめる</h2>
        <Field
          label="事務所から届いた招待リンク"
          hint="「違いを確かめる」を押すと、比べるためにこの案件を事務所のサーバーへ送ります。事務所のサーバーは比べるだけで、まだ何も保存しません。"
        >
          <input name="link" type="url" inputMode="url" autoComplete="off" placeholder="https://…/invite/…" />
        </Field>
        <button type="submit" disabled={busy || !file.data}>
          違いを確かめる
        </button>
      </form>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {preview && (
        <section className="card merge-preview" aria-label="事務所の案件との違い">
          <h2>2. 事務所の案件「{preview.caseTitle}」との違い</h2>
          <p className="hint" data-testid="send-to">
            送り先: {link?.office}({preview.invitedName}さんへの招待リンク)
          </p>
          {preview.diff.same ? <p>事務所の案件と違いはありません。送る必要はありません。</p> : <DiffView diff={preview.diff} />}
          <div className="actions">
            {!preview.diff.same && (
              <button type="button" disabled={busy} onClick={() => void send()}>
                この内容で事務所に送る
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setPreview(undefined)}>
              やめる(何も送りません)
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** The case file as it will go: its parts counted, and the file itself for whoever wants to read it. */
function FileSummary({ file }: { file: CaseFile }) {
  const text = JSON.stringify(file, null, 2);
  const { case: content } = file;
  return (
    <>
      <ul>
        <li>
          債務者: {content.debtor.name}(案件名: {content.title || 'なし'})
        </li>
        <li>家計収支: {content.budget.months.length}か月分</li>
        <li>債権者: {content.creditors.length}社</li>
        {creditorLines(content.creditors).map((line) => (
          <li key={line.key} className="hint">
            {line.text}
          </li>
        ))}
      </ul>
      <details>
        <summary>送るファイルの中身をそのまま見る({Math.ceil(new Blob([text]).size / 1024)}KB)</summary>
        <pre className="case-file-text">{text}</pre>
      </details>
    </>
  );
}

/** One line a creditor, keyed by its text and how often that text came before (two creditors may share a name). */
function creditorLines(creditors: CaseFile['case']['creditors']) {
  const seen = new Map<string, number>();
  return creditors.map((creditor) => {
    const rows = creditor.contracts.reduce((sum, contract) => sum + contract.transactions.length, 0);
    const text = `${creditor.name}: 契約${creditor.contracts.length}件、取引${rows}行`;
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return { text, key: `${text}#${count}` };
  });
}
