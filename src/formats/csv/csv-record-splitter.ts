/** One record of a CSV file, or why it could not be read; `line` is the file line it starts on. */
export type CsvLine = { line: number; fields: string[] } | { line: number; error: string };

const UNCLOSED_QUOTE = 'not a well-formed CSV row (a quote opened in this row is never closed)';
const TEXT_AFTER_QUOTE = 'not a well-formed CSV row (text follows a closing quote in the same field)';
const QUOTE_IN_FIELD = 'not a well-formed CSV row (a quote inside a field that does not start with one)';

const LINE_BREAKS = /\r\n|\n|\r/g;

/** What the splitter waits for before it can go on: a quote, any line break, or nothing. */
type Awaited = '"' | 'line' | null;

/**
 * Splits CSV text, given chunk by chunk, into records (RFC 4180: comma-separated, a field in
 * double quotes may hold commas, line breaks and doubled quotes), each with the file line it
 * starts on. The records end at the file's own line break, the first one met (\r\n, \n or \r, as
 * csv-parse detects it); empty lines are skipped; a leading BOM is dropped; rows of any width are
 * given as they are. A line without a quote is split in one native call, so most rows of a
 * dataset cost a search and a split; quoted records are read field by field.
 *
 * A malformed record comes in its place as `{ line, error }` and reading goes on at the next line
 * break after the fault; a quote never closed runs to the end of the file, as in any CSV reader.
 * Text waiting for its quote or its line break is kept as pieces until a piece brings one, so a
 * long unclosed field costs linear time.
 */
export class CsvRecordSplitter {
  private text = '';
  /** Pieces received while waiting for `awaited`, not yet joined to `text`. */
  private pending: string[] = [];
  private awaited: Awaited = null;
  /** The line `text` starts on. */
  private line = 1;
  private delimiter: string | null = null;
  private isStart = true;

  /** Adds the next piece of text; appends the records it completes to `out`. */
  push(piece: string, out: CsvLine[]): void {
    if (this.isStart && piece.length > 0) {
      this.isStart = false;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    if (this.awaited !== null && !this.brings(piece)) {
      this.pending.push(piece);
      return;
    }
    this.join(piece);
    this.split(out, false);
  }

  /** Ends the text; appends the last records to `out`. */
  end(out: CsvLine[]): void {
    this.join('');
    this.split(out, true);
    this.text = '';
  }

  private brings(piece: string): boolean {
    if (piece.includes('"')) return true;
    return this.awaited === 'line' && (piece.includes('\n') || piece.includes('\r'));
  }

  private join(piece: string): void {
    if (this.pending.length > 0) {
      this.pending.unshift(this.text);
      this.pending.push(piece);
      this.text = this.pending.join('');
      this.pending = [];
    } else {
      this.text = this.text.length === 0 ? piece : this.text + piece;
    }
    this.awaited = null;
  }

  /** The first line break outside quotes: \r\n, \n or \r (null while the text may still tell). */
  private detectDelimiter(isFinal: boolean): string | null {
    const text = this.text;
    let isQuoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) isQuoted = !isQuoted;
      else if (isQuoted) continue;
      else if (c === 10) return '\n';
      else if (c === 13) {
        if (i + 1 < text.length) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
        return isFinal ? '\r' : null;
      }
    }
    return isFinal ? '\n' : null;
  }

  private split(out: CsvLine[], isFinal: boolean): void {
    if (this.delimiter === null) {
      this.delimiter = this.detectDelimiter(isFinal);
      if (this.delimiter === null) {
        this.awaited = 'line';
        return;
      }
    }
    const text = this.text;
    const delimiter = this.delimiter;
    const length = text.length;
    let pos = 0;
    let nextQuote = text.indexOf('"');
    while (pos < length) {
      let lineEnd = text.indexOf(delimiter, pos);
      if (lineEnd === -1) {
        if (!isFinal) {
          this.awaited = 'line';
          break;
        }
        lineEnd = length;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote >= lineEnd) {
        // the common case: a line with no quote
        if (lineEnd > pos) out.push({ line: this.line, fields: text.slice(pos, lineEnd).split(',') });
        this.line += 1;
        pos = lineEnd + delimiter.length;
        continue;
      }
      const next = this.readQuotedRecord(pos, isFinal, out);
      if (next === -1) break;
      pos = next;
    }
    this.text = pos >= length ? '' : text.slice(pos);
  }

  /**
   * Reads the record at `pos`, which has a quote before its line end, into `out`; returns where
   * the next record starts, or -1 when the text ends before the record does (and more may come),
   * having noted what it waits for.
   */
  private readQuotedRecord(pos: number, isFinal: boolean, out: CsvLine[]): number {
    const text = this.text;
    const delimiter = this.delimiter!;
    const length = text.length;
    const fields: string[] = [];
    let breaks = 0;
    let i = pos;
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        // a quoted field: up to the quote that is not doubled
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            if (!isFinal) return this.await('"');
            out.push({ line: this.line, error: UNCLOSED_QUOTE });
            this.line += breaks + countLineBreaks(text.slice(from));
            return length;
          }
          if (quote + 1 === length && !isFinal) return this.await('line');
          value += text.slice(from, quote);
          if (text.charCodeAt(quote + 1) === 34) {
            value += '"';
            from = quote + 2;
            continue;
          }
          i = quote + 1;
          break;
        }
        breaks += countLineBreaks(value);
        fields.push(value);
        if (i >= length) {
          if (!isFinal) return this.await('line');
          return this.record(out, fields, breaks, length);
        }
        if (text.charCodeAt(i) === 44) {
          i += 1;
          continue;
        }
        if (text.startsWith(delimiter, i)) return this.record(out, fields, breaks, i + delimiter.length);
        if (delimiter === '\r\n' && i + 1 === length && !isFinal) return this.await('line');
        return this.skipRecord(out, breaks, i, isFinal, TEXT_AFTER_QUOTE);
      }
      // an unquoted field: up to the next comma or the line end
      let lineEnd = text.indexOf(delimiter, i);
      if (lineEnd === -1) {
        if (!isFinal) return this.await('line');
        lineEnd = length;
      }
      const comma = text.indexOf(',', i);
      const end = comma !== -1 && comma < lineEnd ? comma : lineEnd;
      const value = text.slice(i, end);
      if (value.includes('"')) return this.skipRecord(out, breaks, i, isFinal, QUOTE_IN_FIELD);
      fields.push(value);
      if (end === comma) {
        i = comma + 1;
        continue;
      }
      return this.record(out, fields, breaks, lineEnd === length ? length : lineEnd + delimiter.length);
    }
  }

  private await(what: Exclude<Awaited, null>): -1 {
    this.awaited = what;
    return -1;
  }

  private record(out: CsvLine[], fields: string[], breaks: number, next: number): number {
    out.push({ line: this.line, fields });
    this.line += breaks + 1;
    return next;
  }

  /** Gives the record as `error` and goes on after the line break that follows `from`. */
  private skipRecord(out: CsvLine[], breaks: number, from: number, isFinal: boolean, error: string): number {
    const lineEnd = this.text.indexOf(this.delimiter!, from);
    if (lineEnd === -1 && !isFinal) return this.await('line');
    out.push({ line: this.line, error });
    this.line += breaks + 1;
    return lineEnd === -1 ? this.text.length : lineEnd + this.delimiter!.length;
  }
}

function countLineBreaks(value: string): number {
  if (!value.includes('\n') && !value.includes('\r')) return 0;
  return value.match(LINE_BREAKS)?.length ?? 0;
}
