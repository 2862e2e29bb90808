import { useEffect, useRef } from 'preact/hooks';

// A question in the task pane itself (Office task panes block window.confirm): the text, and one button per choice.
// The first button takes the focus, so the clerk can answer from the keyboard; Escape picks the last (cancel) choice.

export interface Choice {
  id: string;
  label: string;
  primary?: boolean;
}

export interface Question {
  title: string;
  text: string;
  /** Listed under the text (what would be cleared or replaced). */
  items?: string[];
  choices: Choice[];
}

export function Confirm(props: { question: Question; onAnswer: (id: string) => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [props.question]);
  const q = props.question;
  const cancel = q.choices[q.choices.length - 1].id;
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      data-testid="confirm"
      onKeyDown={(e) => e.key === 'Escape' && props.onAnswer(cancel)}
    >
      <h2 id="confirm-title">{q.title}</h2>
      <p id="confirm-text">{q.text}</p>
      {q.items && q.items.length > 0 && (
        <ul class="confirm-items">
          {q.items.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <div>
        {q.choices.map((c, i) => (
          <button key={c.id} ref={i === 0 ? first : undefined} class={c.primary ? 'primary' : 'plain'} onClick={() => props.onAnswer(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
    </div>
  );
}
