// CRC-32 (IEEE 802.3, as zip uses), computed incrementally over streamed chunks so a part's checksum is verified
// while it is read. Pure: must not import Office, the DOM globals, fs or Node.

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Feed chunks with `update`, read the checksum with `value`. */
export class Crc32 {
  private crc = 0xffffffff;

  update(chunk: Uint8Array): void {
    let crc = this.crc;
    for (let i = 0; i < chunk.length; i += 1) crc = (TABLE[(crc ^ (chunk[i] as number)) & 0xff] as number) ^ (crc >>> 8);
    this.crc = crc;
  }

  value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
}
