// Placeholder until the UI lands.
export {};
