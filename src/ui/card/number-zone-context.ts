/**
 * The clock the card's number's country keeps, as the background sent it with the number's lookup
 * (views.ts, NumberLookup.numberZone): the card itself does not load the phone library to work it out.
 * One card shows one number, and its call and wrap-up are on that number.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { customerZone, type CustomerZone, type NumberZone } from '../../shared/customer-zone.ts';

export const NumberZoneContext = createContext<NumberZone | null>(null);

/** The customer's zone on this card: theirs, else their number's country's, else the user's (shared/customer-zone.ts). */
export function useCustomerZone(customer: { timeZone?: string } | undefined): CustomerZone {
  return customerZone(customer, useContext(NumberZoneContext));
}
