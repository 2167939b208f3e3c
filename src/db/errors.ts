import { GuardError } from '../shared/guard.ts';

/**
 * A request the data layer refuses for a reason the user can fix ("write some notes first").
 * It extends GuardError so the router answers with the message and does not log it as a failure.
 */
export class Refusal extends GuardError {}
