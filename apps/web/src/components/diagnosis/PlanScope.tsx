// Which creditors the 任意整理 plan includes (任意整理 may leave one out: a car loan, a guaranteed
// debt), and the fewest installments that fit the budget.
import { type Diagnosis, type PlanChoices, formatYenWithUnit as yen } from '@wakai/core';

export function PlanScope({
  diagnosis,
  choices,
  change,
  creditors,
}: {
  diagnosis: Diagnosis;
  choices: PlanChoices;
  change: (edit: Partial<PlanChoices>) => void;
  creditors: readonly { key: string; name: string; debt: number }[];
}) {
  const toggle = (key: string, included: boolean) =>
    change({ exclude: included ? choices.exclude.filter((k) => k !== key) : [...choices.exclude, key] });
  return (
    <section className="card" aria-label="和解案の対象">
      <h2>和解案に含める債権者</h2>
      <p className="field-hint">
        任意整理では、車のローンや保証人付きの借入などを対象から外せます。外した債権者には今のまま払い続けるため、和解案に回せる額はその残りになります。
      </p>
      <ul className="checks">
        {creditors
          .filter((c) => c.debt > 0 && !diagnosis.leftOut.some((l) => l.key === c.key))
          .map((c) => (
            <li key={c.key}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!choices.exclude.includes(c.key)}
                  aria-label={`${c.name}を和解案に含める`}
                  onChange={(e) => toggle(c.key, e.target.checked)}
                />{' '}
                {c.name}
              </label>
            </li>
          ))}
      </ul>
      {diagnosis.leftOut.map((c) => (
        <p key={c.key} data-testid="plan-left-out">
          {c.name}: 和解案に入れていません — {c.text}(契約の画面に手順があります)
        </p>
      ))}
      {diagnosis.excluded.map((c) => (
        <p key={c.key} data-testid="plan-excluded">
          {c.name}: 対象外(今のまま毎月 {yen(c.monthlyPayment)})
        </p>
      ))}
      {choices.mode === 'installments' && (
        <p data-testid="plan-suggestion">
          {diagnosis.suggestedInstallments === null ? (
            `${choices.maxInstallments}回までの分割では返済に回せる額に収まりません`
          ) : (
            <>
              予算に収まる最も少ない回数: <b>{diagnosis.suggestedInstallments}回</b>{' '}
              {diagnosis.suggestedInstallments !== choices.installments && (
                <button
                  type="button"
                  className="secondary small no-print"
                  onClick={() => change({ installments: diagnosis.suggestedInstallments ?? choices.installments })}
                >
                  この回数にする
                </button>
              )}
            </>
          )}
        </p>
      )}
    </section>
  );
}
