import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReviewItem, ReviewStatus } from '../../../src/model/index.js';

export const ROW_HEIGHT = 58;

/**
 * The review queue's list: only the rows in view (and a few either side) are in the page, and
 * scrolling re-renders this list alone — the filters and the detail pane stay as they are, and a
 * row already drawn is not drawn again (memoised), so a frame costs the few rows that scroll in.
 */
export const ClaimList = memo(function ClaimList({
  items,
  decided,
  active,
  isComplete,
  onSelect,
}: {
  items: ReviewItem[];
  decided: ReadonlyMap<string, ReviewStatus>;
  active: number;
  isComplete: boolean;
  onSelect: (index: number) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // let React batch the scroll's re-render with the frame instead of forcing it synchronously
    useFlushSync: false,
  });
  useEffect(() => {
    if (active < items.length) virtualizer.scrollToIndex(active, { align: 'auto' });
    // only when the active row changes (j/k), not when more pages arrive
  }, [active]);
  const current = items[active];
  return (
    <div ref={listRef} className="review-list" role="listbox" aria-label="Claims to review" tabIndex={0} aria-activedescendant={current ? `claim-${current.id}` : undefined}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const claim = items[row.index]!;
          return (
            <ClaimRow
              key={claim.id}
              claim={claim}
              index={row.index}
              start={row.start}
              status={decided.get(claim.id) ?? claim.status}
              isActive={row.index === active}
              onSelect={onSelect}
            />
          );
        })}
      </div>
      {items.length === 0 && isComplete ? <p className="muted empty">Nothing to review for this filter.</p> : null}
    </div>
  );
});

const ClaimRow = memo(function ClaimRow({
  claim,
  index,
  start,
  status,
  isActive,
  onSelect,
}: {
  claim: ReviewItem;
  index: number;
  start: number;
  status: ReviewStatus;
  isActive: boolean;
  onSelect: (index: number) => void;
}) {
  return (
    <div
      id={`claim-${claim.id}`}
      role="option"
      aria-selected={isActive}
      className={`review-row status-row-${status}${isActive ? ' active' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      onClick={() => onSelect(index)}
    >
      <span className={`kind kind-${claim.kind}`}>{claim.kind.replace('_', ' ')}</span>
      <span className="row-text">
        <span className="row-assertion">{claim.assertion}</span>
        <span className="row-quote">{claim.quote ?? ''}</span>
      </span>
      <span className={`status status-${status}`}>{status}</span>
    </div>
  );
});
