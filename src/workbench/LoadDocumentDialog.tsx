// "Load another document": one of the project's samples, pasted text, or a .txt or .docx file (the .docx through the
// project's reader). Hands paragraphs to the caller (a .docx with its tracked changes); shows the reader's message when
// a file cannot be read. No network.
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, makeStyles, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { splitParagraphs, type WorkbenchParagraph } from './splitParagraphs';
import { readDocumentFile } from './readDocumentFile';
import { WORKBENCH_SAMPLES } from './samples';

const useStyles = makeStyles({ samples: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' } });

export function LoadDocumentDialog({ onLoad }: { onLoad: (paragraphs: WorkbenchParagraph[]) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const finish = (paragraphs: WorkbenchParagraph[]) => {
    if (paragraphs.length === 0) {
      setError('There is no text to load. Paste the contract, or open a .txt or .docx file.');
      return;
    }
    onLoad(paragraphs);
    setOpen(false);
    setText('');
    setError(null);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readDocumentFile(file);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // A .docx keeps its tracked changes (the other side's redline), so round two can be tried here.
    if (!/\.docx$/i.test(file.name)) finish(result.paragraphs);
    else finish(await import('./readRevisedDocx').then(({ withRevisions }) => withRevisions(file, result.paragraphs)));
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button data-testid="wb-load-open">Load document…</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Load another document</DialogTitle>
          <DialogContent>
            {error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : null}
            <Field label="Load a sample">
              <div className={styles.samples}>
                {WORKBENCH_SAMPLES.map((sample) => (
                  <Button key={sample.id} appearance="subtle" data-testid={`wb-load-sample-${sample.id}`} onClick={() => finish(splitParagraphs(sample.text))}>
                    {sample.label}
                  </Button>
                ))}
              </div>
            </Field>
            <Field label="Paste the contract text (one paragraph per line)">
              <Textarea data-testid="wb-load-text" value={text} onChange={(_, data) => setText(data.value)} rows={10} resize="vertical" />
            </Field>
            <Field label="Or open a .txt or .docx file">
              <input data-testid="wb-load-file" type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(event) => void openFile(event.target.files?.[0])} />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
            <Button appearance="primary" data-testid="wb-load-confirm" onClick={() => finish(splitParagraphs(text))}>Load pasted text</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
