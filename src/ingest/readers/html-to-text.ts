/**
 * Plain text from an HTML element, keeping the shape the splitters read: one block (paragraph,
 * heading, list item) per line, blank lines between paragraphs, ordered-list items numbered
 * ("12. …", so an endnotes list reads as notes), and superscript note numbers as "[12]".
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'button', 'svg', 'iframe', 'select', 'canvas']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'aside', 'blockquote', 'pre', 'figure', 'figcaption', 'table',
  'thead', 'tbody', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'details', 'summary',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
  parentNode?: DomNode | null;
}

export interface HtmlToTextOptions {
  /** Skip page furniture (nav, footer, forms). Default true. */
  skipFurniture?: boolean;
}

export function htmlToText(root: DomNode, options: HtmlToTextOptions = {}): string {
  const skipFurniture = options.skipFurniture !== false;
  const out: string[] = [];
  let line = '';
  const flush = (blank: boolean) => {
    // a list item's number waits for the item's first paragraph
    if (/^\s*(?:\d{1,3}\.|•)\s*$/.test(line)) return;
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text !== '') out.push(text);
    if (blank && out.at(-1) !== '') out.push('');
    line = '';
  };
  const walk = (node: DomNode, listIndex: { value: number } | null) => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (skipFurniture && SKIPPED.has(tag)) return;
    if (tag === 'br') {
      flush(false);
      return;
    }
    if (tag === 'sup') {
      const content = (node.textContent ?? '').replace(/\s+/g, '');
      if (/^\[?\d{1,3}(?:[,–-]\d{1,3})*\]?$/.test(content) && !/\d$/.test(line)) {
        line += content.startsWith('[') ? content : `[${content}]`;
        return;
      }
    }
    if (tag === 'li') {
      flush(false);
      if (listIndex !== null) {
        line += `${listIndex.value}. `;
        listIndex.value += 1;
      } else {
        line += '• ';
      }
      for (const child of Array.from(node.childNodes)) walk(child, null);
      flush(false);
      return;
    }
    if (tag === 'ol' || tag === 'ul') {
      flush(true);
      const start = Number(node.getAttribute?.('start') ?? '1');
      const counter = tag === 'ol' ? { value: Number.isFinite(start) ? start : 1 } : null;
      for (const child of Array.from(node.childNodes)) walk(child, counter);
      flush(true);
      return;
    }
    if (tag === 'td' || tag === 'th') {
      for (const child of Array.from(node.childNodes)) walk(child, null);
      line += ' | ';
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush(tag.startsWith('h') || tag === 'p' || tag === 'blockquote');
    for (const child of Array.from(node.childNodes)) walk(child, listIndex);
    if (isBlock) flush(tag === 'p' || /^h\d$/.test(tag) || tag === 'blockquote' || tag === 'table');
  };
  walk(root, null);
  flush(false);
  while (out.at(-1) === '') out.pop();
  while (out[0] === '') out.shift();
  return out.join('\n').replace(/ \| (?=\n|$)/g, '');
}
