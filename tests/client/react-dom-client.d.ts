// The project carries no @types/react-dom; this is the part of react-dom/client the client tests use.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(node: ReactNode): void; unmount(): void };
}
