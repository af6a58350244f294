// Workbench boot: renders the workbench with the project's sample agreement. Development only; never part of the
// production task pane build.
import { createRoot } from 'react-dom/client';
import sampleAgreement from '../../samples/sample-agreement.txt';
import { splitParagraphs } from './splitParagraphs';
import { Workbench } from './Workbench';

const container = document.getElementById('root');
if (!container) throw new Error('The workbench page has no element with id "root".');
createRoot(container).render(<Workbench initialParagraphs={splitParagraphs(sampleAgreement)} />);
