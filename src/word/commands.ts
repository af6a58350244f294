// Entry of commands.html, the ribbon's FunctionFile. The only ribbon action (open the pane) is declarative, so this
// just tells Office the file is ready. Must not import the task pane or the engine.
void Office.onReady();
