// 用語集: every legal term the screens explain, in one list (the same explanations as the hover/tap help).
import { legalTerms } from '@wakai/core';
import { Crumbs } from '../components/Crumbs.js';
import { NextStep } from '../components/help/NextStep.js';

export function GlossaryPage() {
  return (
    <div className="page">
      <Crumbs here="用語集" />
      <h1>用語集</h1>
      <NextStep>わからない言葉を確かめたら、案件の画面に戻って続けます。画面の点線の言葉や「?」を押しても同じ説明が出ます。</NextStep>
      <dl className="card glossary" data-testid="glossary">
        {legalTerms.map((t) => (
          <div key={t.term} id={`term-${t.term}`}>
            <dt>
              {t.term} <small>({t.reading})</small>
            </dt>
            <dd>
              {t.explanation}
              {t.source && <span className="term-source">根拠: {t.source}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
