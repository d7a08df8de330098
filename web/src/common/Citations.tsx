import type { CitedWork } from '../../../src/model/index.js';

/** The citation chain: the endnotes the evidence sentence carries, each as the report prints it. */
export function Citations({ notes, works }: { notes: number[]; works: CitedWork[] }) {
  if (notes.length === 0) return <p className="muted small">No endnote cited.</p>;
  return (
    <ol className="citations" aria-label="cited works">
      {notes.map((note) => {
        const work = works.find((w) => w.noteNumber === note);
        return (
          <li key={note}>
            <span className="note-number">[{note}]</span>{' '}
            {work ? (
              <>
                {work.text}
                {work.url ? (
                  <>
                    {' '}
                    <span className="muted small">({work.url})</span>
                  </>
                ) : null}
              </>
            ) : (
              <span className="muted">endnote {note} not found in the report</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
