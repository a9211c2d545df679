// A date field: takes 和暦 and 西暦 alike (R8.12.25, 令和8年12月25日, 2026/12/25, 2026-12-25 — the
// core's parseJapaneseDate), and shows beside it the date it read, in 西暦 and in 和暦.
import { formatWareki, parseJapaneseDate } from '@wakai/core';
import { type ChangeEvent, useState } from 'react';

/** What a typed date reads as, for the line beside the field ('' while it does not read). */
export function dateBeside(text: string): string {
  if (text.trim() === '') return '';
  const parsed = parseJapaneseDate(text);
  if (!parsed.ok) return '';
  return parsed.value === text.trim() ? formatWareki(parsed.value) : `${parsed.value}(${formatWareki(parsed.value)})`;
}

export function DateInput({
  name,
  defaultValue,
  placeholder = '例: R8.12.25, 2026-12-25',
  onChange,
}: {
  name: string;
  defaultValue?: string | null | undefined;
  placeholder?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const [text, setText] = useState(defaultValue ?? '');
  const beside = dateBeside(text);
  return (
    <>
      <input
        name={name}
        defaultValue={defaultValue ?? ''}
        placeholder={placeholder}
        onChange={(event) => {
          setText(event.target.value);
          onChange?.(event);
        }}
      />
      {beside && (
        <span className="date-beside" data-testid={`${name}-read`}>
          {beside}
        </span>
      )}
    </>
  );
}
