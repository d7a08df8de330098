import type { ReviewItem } from '../../../src/model/index.js';
import { Link } from '../app/Link.js';
import { findMentions } from './find-mentions.js';

/** A sentence with the entities its claims name marked by kind (person, group, organization, media, location). */
export function HighlightedText({ text, claims }: { text: string; claims: ReviewItem[] }) {
  const mentions = findMentions(text, claims);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start > at) parts.push(text.slice(at, mention.start));
    parts.push(
      <Link key={mention.start} to={`/entities/${mention.entityId}`} className={`mention mention-${mention.type}`} title={mention.type}>
        {text.slice(mention.start, mention.end)}
      </Link>,
    );
    at = mention.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
