/**
 * Where a report's body ends once its back matter is set aside: the author's biography
 * ("Jane Doe is a senior fellow at …") and the disclaimer ("The views expressed here are those
 * of the author …") that close articles of the genre name employers and agencies that are no
 * part of the analysis.
 */
const BIOGRAPHY =
  /^\s*(?:About the authors?:?\s*)?(?:(?:Dr|Prof|Col|Gen|Maj|Capt|Lt)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:is|was|has been|serves as)\s+(?:a|an|the)\s+[^.]{0,120}?\b(?:analyst|fellow|researcher|professor|director|scholar|journalist|lecturer|associate|consultant|editor|student|candidate|officer|adviser|advisor|expert|author|founder)\b/u;
const DISCLAIMER = /^\s*(?:Disclaimer:?\s*)?(?:The|Any) (?:views|opinions) expressed (?:here|herein|in this (?:article|report|paper|piece))|^\s*(?:Disclaimer|About the authors?)\s*:?\s*$/i;

export function trimBackMatter(text: string, bodyEnd: number): number {
  let end = bodyEnd;
  // at most the last four paragraphs of the body
  for (let k = 0; k < 4; k++) {
    const body = text.slice(0, end).replace(/\s+$/, '');
    const at = Math.max(body.lastIndexOf('\n\n'), body.lastIndexOf('\n\r\n'));
    const start = at < 0 ? 0 : at;
    const paragraph = body.slice(start).trim();
    if (start === 0 || !(BIOGRAPHY.test(paragraph) || DISCLAIMER.test(paragraph))) break;
    end = start;
  }
  return end;
}
