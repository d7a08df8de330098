import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Small PDF and Word files made at test time (no binary fixtures in the repo).
 * A PDF line may carry a raised, smaller note number after it, as report PDFs print them.
 */
export interface PdfLine {
  text: string;
  /** A superscript note number printed right after the line's text. */
  note?: number;
  size?: number;
  /** Extra space above the line (a paragraph or heading break). */
  gapBefore?: number;
  /** Text printed on the same baseline in a right-hand column (two-column pages). */
  right?: string;
}

export async function buildPdf(pages: PdfLine[][], title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    let y = 740;
    for (const line of lines) {
      const size = line.size ?? 10;
      y -= line.gapBefore ?? 0;
      page.drawText(line.text, { x: 54, y, size, font });
      if (line.right !== undefined) page.drawText(line.right, { x: 320, y, size, font });
      if (line.note !== undefined) {
        const x = 54 + font.widthOfTextAtSize(line.text, size);
        page.drawText(String(line.note), { x, y: y + size * 0.35, size: size * 0.6, font });
      }
      y -= size * 1.3;
    }
    page.drawText('Example Review | Page', { x: 54, y: 30, size: 7, font });
  }
  return doc.save();
}

/** A PDF with pages but no text (a scan). */
export async function buildScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
  return doc.save();
}

export interface DocxParagraph {
  text: string;
  heading?: boolean;
  /** Footnote text attached at the end of the paragraph. */
  footnote?: string;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export async function buildDocx(paragraphs: DocxParagraph[]): Promise<Uint8Array> {
  const footnotes: string[] = [];
  const body = paragraphs
    .map((p) => {
      const style = p.heading ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : '';
      let note = '';
      if (p.footnote !== undefined) {
        footnotes.push(p.footnote);
        note = `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${footnotes.length}"/></w:r>`;
      }
      return `<w:p>${style}<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r>${note}</w:p>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
  );
  zip.file(
    'word/footnotes.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}>${footnotes
      .map((text, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:footnote>`)
      .join('')}</w:footnotes>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}
