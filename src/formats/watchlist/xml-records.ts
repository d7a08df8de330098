import { SaxesParser } from 'saxes';
import { TesseraError } from '../../model/index.js';

/** One XML element with its text and children (namespace prefixes dropped). */
export interface XmlNode {
  name: string;
  text: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

/** The first child of that name, or undefined. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Every child of that name. */
export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Trimmed text of a child, or null when absent or empty. */
export function childText(node: XmlNode, name: string): string | null {
  const text = child(node, name)?.text.trim();
  return text ? text : null;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Streams the elements named in `recordNames` out of an XML document as small trees, one
 * record at a time, so lists of any size are read in constant memory. Elements in
 * `headerNames` (e.g. publication dates) are yielded too.
 */
export async function* streamXmlRecords(
  source: AsyncIterable<string | Buffer>,
  recordNames: ReadonlySet<string>,
  fileName: string,
): AsyncGenerator<XmlNode> {
  const parser = new SaxesParser({ fileName, position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  let rootAttributes: Record<string, string> | null = null;
  let failure: Error | null = null;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[localName(key)] = String(value);
    if (rootAttributes === null) {
      rootAttributes = attributes;
      ready.push({ name: `#root:${name}`, text: '', attributes, children: [] });
    }
    if (stack.length === 0 && !recordNames.has(name)) return;
    const node: XmlNode = { name, text: '', attributes, children: [] };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length === 0) ready.push(node);
  });
  parser.on('error', (error) => {
    failure = error;
  });
  const fail = (error: Error): never => {
    throw new TesseraError('corrupt_file', `${fileName}: not well-formed XML (${error.message})`, undefined, {
      cause: error,
    });
  };
  for await (const chunk of source) {
    try {
      parser.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    } catch (error) {
      fail(error as Error);
    }
    if (failure) fail(failure);
    while (ready.length > 0) yield ready.shift()!;
  }
  try {
    parser.close();
  } catch (error) {
    fail(error as Error);
  }
  if (failure) fail(failure);
  while (ready.length > 0) yield ready.shift()!;
}
