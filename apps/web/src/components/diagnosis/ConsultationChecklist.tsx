// What to bring to a consultation and what to ask there, printed with the diagnosis: the items come
// from the core's list (the guides' checklist), the user ticks them and adds questions of their own,
// and both are kept with the case (saved at the version loaded; a newer save by someone else is shown
// beside the user's ticks, which stay on screen).
import { askItems, bringItems, type ChecklistEntry, type ChecklistState } from '@wakai/core';
import { useState } from 'react';
import { call, client, loaded, type StoredCase } from '../../api.js';
import { useLoad } from '../../use-load.js';
import { useVersionedSave } from '../versioned-save.js';

const itemLabels = new Map([...bringItems, ...askItems].map((item) => [item.id, item.label]));

/** The ticks as a reader names them (the items' words, a question by its text), for a conflict. */
const compared = (state: ChecklistState) => ({
  checklist: {
    ticked: state.ticked.map((id) => (id.startsWith('q:') ? state.questions[Number(id.slice(2))] : itemLabels.get(id)) ?? id),
    questions: state.questions,
  },
});

/** The state without the user's question at `index`: later questions' ticks move up with them. */
function withoutQuestion(state: ChecklistState, index: number): ChecklistState {
  const ticked = state.ticked.flatMap((id) => {
    if (!id.startsWith('q:')) return [id];
    const at = Number(id.slice(2));
    return at === index ? [] : [at > index ? `q:${at - 1}` : id];
  });
  return { ticked, questions: state.questions.filter((_, i) => i !== index) };
}

export function ConsultationChecklist({ caseId }: { caseId: string }) {
  const { data, reload } = useLoad(() => call(client.cases[':caseId'].$get({ param: { caseId } })), [caseId]);
  const [question, setQuestion] = useState('');
  const saving = useVersionedSave<{ checklist: ChecklistState; done: string }, StoredCase>({
    save: async ({ checklist }, newer) => {
      await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { checklist, version: loaded(newer ?? data?.case.version) } }));
      await reload();
    },
    done: ({ done }) => done,
    conflict: {
      read: async () => {
        const latest = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case;
        return { value: latest, version: latest.version };
      },
      kind: 'case',
      shown: ({ checklist }) => compared(checklist),
      theirsShown: (latest) => compared(latest.checklist),
      reload: () => reload(),
    },
  });
  // What the user just ticked shows at once, while it is sent.
  const [sending, setSending] = useState<ChecklistState>();
  if (!data) return null;
  // While a save meets someone else's, the screen keeps what the user ticked.
  const state = saving.clash?.sent.checklist ?? sending ?? data.case.checklist;
  const save = async (checklist: ChecklistState, done: string) => {
    setSending(checklist);
    const saved = await saving.submit({ checklist, done });
    setSending(undefined);
    return saved;
  };
  const toggle = (id: string, checked: boolean) =>
    save({ ...state, ticked: checked ? [...state.ticked, id] : state.ticked.filter((t) => t !== id) }, '保存しました');
  const list = (title: string, items: readonly ChecklistEntry[]) => (
    <>
      <h2>{title}</h2>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.id}>
            <label className="check">
              <input type="checkbox" checked={state.ticked.includes(item.id)} onChange={(e) => void toggle(item.id, e.target.checked)} />{' '}
              {item.label}
            </label>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <section className="card print-only-break" aria-label="相談の準備">
      {list('相談のときに持っていくもの', bringItems)}
      {list('聞いておきたいこと', askItems)}
      <h2>自分の質問</h2>
      <ul className="checklist" data-testid="own-questions">
        {state.questions.map((q, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a question is its position (ticks are kept as q:<index>)
          <li key={`${index}-${q}`}>
            <label className="check">
              <input
                type="checkbox"
                checked={state.ticked.includes(`q:${index}`)}
                onChange={(e) => void toggle(`q:${index}`, e.target.checked)}
              />{' '}
              {q}
            </label>{' '}
            <button
              type="button"
              className="small secondary no-print"
              onClick={() => void save(withoutQuestion(state, index), '質問を削除しました')}
            >
              削除
            </button>
          </li>
        ))}
      </ul>
      <form
        className="no-print"
        aria-label="自分の質問を加える"
        onSubmit={(e) => {
          e.preventDefault();
          if (question.trim() === '') return;
          void save({ ...state, questions: [...state.questions, question.trim()] }, '質問を加えました').then(
            (saved) => saved && setQuestion(''),
          );
        }}
      >
        <input
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          aria-label="自分の質問"
          placeholder="例: 車のローンは外せますか"
        />{' '}
        <button type="submit" className="small">
          質問を加える
        </button>
      </form>
      {saving.notice}
      <button type="button" className="no-print" onClick={() => window.print()}>
        この診断を印刷する
      </button>
    </section>
  );
}
