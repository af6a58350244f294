// Writes one simulator paragraph as the flat-OPC package paragraph.getOoxml() returns: its style, its text runs and
// any tracked revisions as w:ins/w:del. Built with @xmldom/xmldom via src/ooxml, never by string concatenation of
// text. Must not import the adapter.
import { MAIN_DOCUMENT_TYPE, OFFICE_DOCUMENT_REL, PKG_NS, REL_NS, RELATIONSHIPS_TYPE, W_NS, XML_NS } from '../ooxml/namespaces';
import { createW, parseXml, serializeXml } from '../ooxml/xmlDom';
import type { SimChar, SimParagraph } from './model';
import { SimOfficeError } from './simOfficeError';

export function exportParagraphOoxml(paragraph: SimParagraph): string {
  const skeleton = parseXml(`<w:document xmlns:w="${W_NS}"><w:body><w:p/></w:body></w:document>`);
  if (!skeleton.ok) throw new SimOfficeError('GeneralException', skeleton.error);
  const dom = skeleton.dom;
  const p = dom.getElementsByTagNameNS(W_NS, 'p').item(0)!;
  const properties = createW(dom, 'pPr');
  properties.appendChild(createW(dom, 'pStyle', { val: paragraph.style }));
  p.appendChild(properties);
  let id = 1;
  for (const run of runsOf(paragraph.chars)) {
    const r = createW(dom, 'r');
    const text = createW(dom, run.rev?.type === 'delete' ? 'delText' : 't');
    text.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    text.appendChild(dom.createTextNode(run.text));
    r.appendChild(text);
    if (!run.rev) {
      p.appendChild(r);
      continue;
    }
    const wrapper = createW(dom, run.rev.type === 'insert' ? 'ins' : 'del', { id: String(id++), author: run.rev.author, date: run.rev.date });
    wrapper.appendChild(r);
    p.appendChild(wrapper);
  }
  return (
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELATIONSHIPS_TYPE}"><pkg:xmlData><Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${MAIN_DOCUMENT_TYPE}"><pkg:xmlData>${serializeXml(dom.documentElement!)}</pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}

function runsOf(chars: readonly SimChar[]): { text: string; rev: SimChar['rev'] }[] {
  const runs: { text: string; rev: SimChar['rev'] }[] = [];
  for (const char of chars) {
    const last = runs[runs.length - 1];
    if (last && last.rev === char.rev) last.text += char.ch;
    else runs.push({ text: char.ch, rev: char.rev });
  }
  return runs;
}
