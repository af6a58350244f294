// Hands the document host down the tree (rule 3 of STYLE.md): hooks read it here, components never do.
// Must not name Office or Word: the host arrives already built.
import { createContext, useContext, type ReactNode } from 'react';
import type { DocumentHost } from '../host/documentHost';

const HostContext = createContext<DocumentHost | null>(null);

export function HostProvider(props: { readonly host: DocumentHost; readonly children: ReactNode }) {
  return <HostContext.Provider value={props.host}>{props.children}</HostContext.Provider>;
}

export function useHost(): DocumentHost {
  const host = useContext(HostContext);
  // Only App renders components that use the host, always inside the provider; anything else is a wiring bug.
  if (!host) throw new Error('useHost() was called outside <HostProvider>; render the pane through <App>.');
  return host;
}
