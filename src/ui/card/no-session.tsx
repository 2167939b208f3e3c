import { EmptyState } from '../shared/empty-state.tsx';

/**
 * The card page without a session Callprep opened it with: framed by a page, opened from an old link,
 * or its session gone with a browser restart. It shows nothing of any customer and tells its parent
 * nothing; the page it sits in can only remove it.
 */
export function NoSessionView() {
  return (
    <div class="card-view" data-testid="view-no-session">
      <EmptyState title="Open a phone number from the page">
        Callprep shows a customer’s file when you click a phone number on a page, or open it from the toolbar button.
      </EmptyState>
    </div>
  );
}
