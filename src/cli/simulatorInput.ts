// Loads a .docx into simulator paragraphs for `npm run simulate`, each with its own WordprocessingML (so the other
// party's tracked changes, fields and notes are in the simulated Word as Word would show them), style and
// list/table flags. Node-only CLI helper: must not import Office, Word or React.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readDocx } from '../docx/readDocx';
import { W_NS } from '../ooxml/namespaces';
import { serializeXml } from '../ooxml/xmlDom';
import type { SimParagraphInput } from '../simulator';
import { readContractFile } from './readInput';

export async function simulatorParagraphsFromDocx(
  path: string,
): Promise<{ ok: true; paragraphs: SimParagraphInput[] } | { ok: false; error: string }> {
  // The contract reader's checks and messages first (missing file, folder, FIFO, size, damaged package).
  const checked = await readContractFile(path);
  if (!checked.ok) return checked;
  const read = await readDocx(await readFile(path), basename(path));
  if (!read.ok) return { ok: false, error: read.reason };
  const parsed = read.document.parsed.take();
  if (!parsed) return { ok: false, error: 'the document could not be parsed twice; this is a fault in the simulator' };
  const paragraphs = read.document.paragraphs.map((paragraph, i): SimParagraphInput => {
    const elements = parsed.elements[i] ?? [];
    return {
      ooxml: `<w:document xmlns:w="${W_NS}"><w:body>${elements.map((element) => serializeXml(element)).join('')}</w:body></w:document>`,
      style: paragraph.style ?? (paragraph.isHeading ? 'Heading 1' : 'Normal'),
      isListItem: paragraph.isListItem ?? false,
      inTable: paragraph.inTable ?? false,
    };
  });
  return { ok: true, paragraphs };
}
