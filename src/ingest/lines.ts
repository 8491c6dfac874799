/**
 * Splits a byte stream into lines without holding more than one line (and never more than
 * `maxBytes` of it): a longer line is skipped and reported with its length.
 */

export type Line = { line: number; bytes: Buffer } | { line: number; tooLong: number };

export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let line = 1;
  const finish = (): Line => {
    const done: Line = length > maxBytes ? { line, tooLong: length } : { line, bytes: stripCr(Buffer.concat(parts)) };
    parts = [];
    length = 0;
    line += 1;
    return done;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buffer.indexOf(0x0a); nl >= 0; nl = buffer.indexOf(0x0a, start)) {
      append(buffer.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    append(buffer.subarray(start));
  }
  if (length > 0) yield finish();

  function append(piece: Buffer): void {
    length += piece.length;
    if (length <= maxBytes) parts.push(piece);
    else parts = [];
  }
}

function stripCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
}
