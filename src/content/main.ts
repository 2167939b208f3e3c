// Placeholder until the content script lands.
export {};
