// The extracted text of the uploaded document, beside the extraction, so every field can be checked
// against the words it came from. A task's "Xem trong văn bản" marks and scrolls to its paragraph.
import { useEffect, useMemo, useRef } from 'react';
import { searchKey } from '../../lib/searchKey';

export function paragraphsOf(text: string): string[] {
  return text.split('\n').map((p) => p.trim()).filter(Boolean);
}

/** The paragraph a task's text starts in, matched without diacritics or spacing differences. */
export function findParagraph(paragraphs: string[], taskText: string): number | null {
  const lines = taskText.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of lines) {
    const probe = searchKey(line).slice(0, 60);
    if (probe.length < 8) continue;
    const keys = paragraphs.map(searchKey);
    const found = keys.findIndex((k) => k.includes(probe));
    if (found >= 0) return found;
  }
  return null;
}

export function SourcePane({ name, text, highlight }: { name: string; text: string; highlight: number | null }) {
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (highlight === null || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-p="${highlight}"]`);
    if (!el) return;
    // Scroll inside the pane only, so the task the user is reading stays where it is.
    box.current.scrollTop = el.offsetTop - box.current.offsetTop - 16;
    if (box.current.scrollHeight <= box.current.clientHeight) el.scrollIntoView({ block: 'center' });
  }, [highlight]);

  return (
    <section className="import-source" aria-labelledby="source-title">
      <h2 id="source-title">Văn bản gốc</h2>
      <p className="hint">
        {name} · {paragraphs.length} đoạn
      </p>
      <div ref={box} className="source-text" tabIndex={0} role="region" aria-label="Nội dung văn bản gốc">
        {paragraphs.map((p, i) =>
          i === highlight ? (
            <p key={i} data-p={i}>
              <mark>{p}</mark>
            </p>
          ) : (
            <p key={i} data-p={i}>
              {p}
            </p>
          ),
        )}
      </div>
    </section>
  );
}
