// 債務者と財産: who the debtor is, who lives with them, and what they own — the facts the
// procedures' comparison (and the set-off risk at a creditor bank) will read.
import { type Assets, type Debtor, fieldLabel, listColumnLabels, prefectures } from '@wakai/core';
import { useEffect, useState } from 'react';
import { call, client, type StoredCase } from '../api.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { dateBeside } from '../components/DateInput.js';
import { Field, Notice, problemAt } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { ListEditor, type ListRow } from '../components/ListEditor.js';
import { useVersionedSave } from '../components/versioned-save.js';
import { fromRows, type ListName, listPaths, lists, toRows } from '../debtor-lists.js';
import { amountText, amountValue, dateValue } from '../form-values.js';
import { useLoad } from '../use-load.js';

/** A field's name from the core's one map (the conflict view, the 変更履歴 and the CLI read the same), with its unit. */
const labelOf = (path: string, unit = '') => `${fieldLabel('case', path)}${unit}`;
const homeLabel = (key: string, unit = '') => `${listColumnLabels['assets.home']?.[key] ?? key}${unit}`;

/** One value a line, blank lines left out. */
const lines = (text: string | boolean | undefined) =>
  String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function DebtorPage({ caseId }: { caseId: string }) {
  const {
    data: stored,
    error,
    setData,
  } = useLoad(() => call(client.cases[':caseId'].$get({ param: { caseId } })).then((detail) => detail.case), [caseId]);
  const [debtor, setDebtor] = useState<Record<string, string | boolean>>({});
  const [listRows, setListRows] = useState<Record<ListName, ListRow[]>>({
    householdMembers: [],
    deposits: [],
    cars: [],
    insurance: [],
    other: [],
  });
  const [cash, setCash] = useState('');
  const [home, setHome] = useState<{ owned: boolean; value: string; mortgageBalance: string; mortgageLender: string }>({
    owned: false,
    value: '',
    mortgageBalance: '',
    mortgageLender: '',
  });
  const saving = useVersionedSave<{ debtor: Debtor; assets: Assets }, StoredCase>({
    save: async (body, newer) => {
      if (stored)
        setData(await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { ...body, version: newer ?? stored.version } })));
    },
    done: '債務者と財産の情報を保存しました',
    conflict: {
      read: async () => {
        const latest = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case;
        return { value: latest, version: latest.version };
      },
      kind: 'case',
      theirsShown: (latest) => ({ debtor: latest.debtor, assets: latest.assets }),
      reload: (theirs) => setData(theirs.value),
    },
  });
  const { problems, dirty, settle } = saving;

  useEffect(() => {
    if (!stored) return;
    const d = stored.debtor;
    setDebtor({
      name: d.name,
      nameKana: d.nameKana,
      birthDate: d.birthDate ?? '',
      prefecture: d.prefecture ?? '',
      largeCity: d.largeCity,
      occupation: d.occupation,
      postcode: d.postcode ?? '',
      address: d.address ?? '',
      phone: d.phone ?? '',
      formerNames: (d.formerNames ?? []).join('\n'),
      formerAddresses: (d.formerAddresses ?? []).join('\n'),
    });
    setListRows({
      householdMembers: toRows(d.householdMembers, lists.householdMembers),
      deposits: toRows(stored.assets.deposits, lists.deposits),
      cars: toRows(stored.assets.cars, lists.cars),
      insurance: toRows(stored.assets.insurance, lists.insurance),
      other: toRows(stored.assets.other, lists.other),
    });
    setCash(amountText(stored.assets.cash));
    const h = stored.assets.home;
    setHome({
      owned: h !== null,
      value: amountText(h?.value),
      mortgageBalance: amountText(h?.mortgageBalance),
      mortgageLender: h?.mortgageLender ?? '',
    });
    settle();
  }, [stored, settle]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!stored) return <p>読み込み中…</p>;
  const edit = (apply: () => void) => {
    apply();
    saving.onChange();
  };

  function save() {
    const nextDebtor = {
      name: debtor.name,
      nameKana: debtor.nameKana,
      birthDate: dateValue(String(debtor.birthDate ?? '')),
      prefecture: debtor.prefecture || null,
      largeCity: debtor.largeCity === true,
      occupation: debtor.occupation,
      postcode: debtor.postcode,
      address: debtor.address,
      phone: debtor.phone,
      formerNames: lines(debtor.formerNames),
      formerAddresses: lines(debtor.formerAddresses),
      householdMembers: fromRows(listRows.householdMembers, lists.householdMembers),
    } as unknown as Debtor;
    const assets = {
      cash: amountValue(cash) ?? 0,
      deposits: fromRows(listRows.deposits, lists.deposits),
      cars: fromRows(listRows.cars, lists.cars),
      insurance: fromRows(listRows.insurance, lists.insurance),
      home: home.owned
        ? { value: amountValue(home.value), mortgageBalance: amountValue(home.mortgageBalance), mortgageLender: home.mortgageLender }
        : null,
      other: fromRows(listRows.other, lists.other),
    } as unknown as Assets;
    void saving.submit({ debtor: nextDebtor, assets });
  }

  const text = (key: string, placeholder?: string, required = false) => (
    <Field label={labelOf(`debtor.${key}`)} required={required} error={problemAt(problems, 'debtor', key)}>
      <input
        name={key}
        value={String(debtor[key] ?? '')}
        placeholder={placeholder}
        onChange={(e) => edit(() => setDebtor({ ...debtor, [key]: e.target.value }))}
      />
      {key === 'birthDate' && dateBeside(String(debtor[key] ?? '')) && (
        <span className="date-beside">{dateBeside(String(debtor[key] ?? ''))}</span>
      )}
    </Field>
  );
  // Several values, one a line (former names and addresses a creditor may know the debtor under).
  const lines_ = (key: string) => (
    <Field label={labelOf(`debtor.${key}`, '(1行に1つ)')} error={problemAt(problems, 'debtor', key)}>
      <textarea
        name={key}
        rows={2}
        value={String(debtor[key] ?? '')}
        onChange={(e) => edit(() => setDebtor({ ...debtor, [key]: e.target.value }))}
      />
    </Field>
  );
  const list = (name: ListName) => (
    <ListEditor
      title={labelOf(listPaths[name])}
      columns={lists[name]}
      rows={listRows[name]}
      onChange={(rows) => edit(() => setListRows({ ...listRows, [name]: rows }))}
      problems={problems}
      path={listPaths[name].split('.')}
    />
  );

  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} caseName={stored.debtor.name} here="債務者と財産" />
      <h1>債務者と財産</h1>
      <NextStep>氏名・住所と財産(預金・車・保険)を入力したら、家計収支表に進みます。</NextStep>
      {saving.notice}
      <section className="card">
        <h2>債務者</h2>
        <div className="grid-3">
          {text('name', undefined, true)}
          {text('nameKana')}
          {text('birthDate', 'S53.6.15')}
          <Field label={labelOf('debtor.prefecture')} error={problemAt(problems, 'debtor', 'prefecture')}>
            <select
              value={String(debtor.prefecture ?? '')}
              onChange={(e) => edit(() => setDebtor({ ...debtor, prefecture: e.target.value }))}
            >
              <option value="">選択してください</option>
              {prefectures.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </Field>
          {text('occupation')}
          {text('postcode', '220-0011')}
          {text('address')}
          {text('phone')}
        </div>
        <div className="grid-2">
          {lines_('formerNames')}
          {lines_('formerAddresses')}
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={debtor.largeCity === true}
            onChange={(e) => edit(() => setDebtor({ ...debtor, largeCity: e.target.checked }))}
          />{' '}
          大都市(政令指定都市など)に住んでいる(法テラスの基準に影響します)
        </label>
        {list('householdMembers')}
      </section>
      <section className="card">
        <h2>財産</h2>
        <Field label={labelOf('assets.cash', '(円)')} error={problemAt(problems, 'assets', 'cash')}>
          <input name="cash" value={cash} inputMode="numeric" onChange={(e) => edit(() => setCash(e.target.value))} />
        </Field>
        {list('deposits')}
        <p className="field-hint">借入先の銀行に預金があると、受任通知の後に口座が凍結され相殺されることがあります。</p>
        {list('cars')}
        {list('insurance')}
        <fieldset className="list-editor">
          <legend>{labelOf('assets.home')}</legend>
          <label className="check">
            <input type="checkbox" checked={home.owned} onChange={(e) => edit(() => setHome({ ...home, owned: e.target.checked }))} />{' '}
            持ち家がある
          </label>
          {home.owned && (
            <div className="grid-3">
              <Field label={homeLabel('value', '(円)')} error={problemAt(problems, 'assets', 'home', 'value')}>
                <input value={home.value} inputMode="numeric" onChange={(e) => edit(() => setHome({ ...home, value: e.target.value }))} />
              </Field>
              <Field label={homeLabel('mortgageBalance', '(円)')} error={problemAt(problems, 'assets', 'home', 'mortgageBalance')}>
                <input
                  value={home.mortgageBalance}
                  inputMode="numeric"
                  onChange={(e) => edit(() => setHome({ ...home, mortgageBalance: e.target.value }))}
                />
              </Field>
              <Field label={homeLabel('mortgageLender')} error={problemAt(problems, 'assets', 'home', 'mortgageLender')}>
                <input value={home.mortgageLender} onChange={(e) => edit(() => setHome({ ...home, mortgageLender: e.target.value }))} />
              </Field>
            </div>
          )}
        </fieldset>
        {list('other')}
      </section>
      <div className="actions">
        <button type="button" onClick={save} disabled={saving.clash !== undefined || saving.busy}>
          保存
        </button>
        {dirty && <span className="unsaved">未保存の変更があります</span>}
      </div>
    </div>
  );
}
