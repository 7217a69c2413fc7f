import { Readable } from 'node:stream';
import { CsvUpload, readCsvUpload } from './csv-upload';

/** An endless CSV: a header, then rows for as long as anyone reads; counts the rows handed out. */
function endlessCsv(): { stream: Readable; produced: () => number } {
  let produced = 0;
  const stream = new Readable({
    // Chunks come as from a network, each in a later turn of the event loop.
    read() {
      setImmediate(() => {
        if (produced === 0) this.push('a,b\n');
        for (let i = 0; i < 100; i += 1) this.push(`${(produced += 1)},x\n`);
      });
    },
  });
  return { stream, produced: () => produced };
}

describe('a CSV upload read as it streams in', () => {
  it('gives the header, the rows by column, and the hash and size the audit keeps', async () => {
    const upload = await readCsvUpload(Readable.from(['\ufeffa,b\n', '1, x \n\n2,y\n']), { maxRows: 10, maxBytes: 1000 });
    expect(upload).toBeInstanceOf(CsvUpload);
    expect(upload.header).toEqual(['a', 'b']);
    expect(upload.rows).toEqual([
      { a: '1', b: 'x' },
      { a: '2', b: 'y' },
    ]);
    expect(upload.digest()).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: 18, rows: 2 });
  });

  it('refuses past the row cap while reading, without reading the rest', async () => {
    const { stream, produced } = endlessCsv();
    await expect(readCsvUpload(stream, { maxRows: 1000, maxBytes: 10_000_000 })).rejects.toMatchObject({ status: 413, code: 'CSV.TOO_LARGE' });
    expect(produced()).toBeLessThan(50_000);
    // What still comes is dropped as it arrives; the connection's end stops it.
    expect(stream.readableFlowing).toBe(true);
    stream.destroy();
  });

  it('refuses past the byte cap while reading', async () => {
    const { stream, produced } = endlessCsv();
    await expect(readCsvUpload(stream, { maxRows: 10_000_000, maxBytes: 20_000 })).rejects.toMatchObject({ status: 413, message: /20000 bytes/ });
    expect(produced()).toBeLessThan(50_000);
    stream.destroy();
  });

  it('refuses malformed CSV with 400 naming the problem', async () => {
    await expect(readCsvUpload(Readable.from(['a,b\n1,2,3\n']))).rejects.toMatchObject({ status: 422, code: 'CSV.MALFORMED', message: /not valid CSV/ });
  });
});
