import type { Handlers } from '../router.ts';
import type { MessageType } from '../../shared/protocol/index.ts';

/** The handlers for one protocol domain file, e.g. `HandlersOf<typeof callMessages>`. */
export type HandlersOf<Domain> = Pick<Handlers, keyof Domain & MessageType>;
