// A choice remembered for the browser tab (sessionStorage); private modes without storage simply
// forget it on reload.
export function recall(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts until the page is reloaded.
  }
}
