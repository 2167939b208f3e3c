/** Record ids: random UUIDs, which also pass the protocol's id guard. */
export const newId = (): string => crypto.randomUUID();
