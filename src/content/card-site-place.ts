/**
 * Where the user keeps the card on this site: beside the number (null), docked at the right edge, or
 * where they dragged it. The background keeps it per site, so the page never sees it; a frame asks
 * once, with its first card (most frames never open one).
 */
import type { CardPlace } from '../shared/settings.ts';
import { askBackground } from './runtime.ts';

export class CardSitePlace {
  private place: CardPlace | null = null;
  private asked = false;

  constructor(private readonly timeoutMs: number) {}

  /** The site's choice as known now (null before the answer, or when the user never moved a card). */
  get current(): CardPlace | null {
    return this.place;
  }

  /** Asks the background the first time only; `onAnswer` moves a card already open to the answer. */
  load(onAnswer: (place: CardPlace) => void): void {
    if (this.asked) return;
    this.asked = true;
    askBackground('page/card-place', {}, this.timeoutMs).then(
      (place) => {
        this.place = place;
        if (place) onAnswer(place);
      },
      // No answer (the worker waking slowly): cards open beside their number until the user moves one.
      (error: unknown) => console.warn('Callprep: where to open the card on this site is not known', error),
    );
  }

  /** The user's new choice, for the next card too. */
  keep(place: CardPlace | null): void {
    this.place = place;
    askBackground('page/set-card-place', { place }, this.timeoutMs).catch((error: unknown) =>
      console.warn('Callprep: where the card was put could not be kept for this site', error),
    );
  }
}
