import { EmptyState } from '../shared/empty-state.tsx';
import { t } from '../../shared/i18n/messages.ts';

/**
 * The card page without a session Callprep opened it with: framed by a page, opened from an old link,
 * or its session gone with a browser restart. It shows nothing of any customer and tells its parent
 * nothing; the page it sits in can only remove it.
 */
export function NoSessionView() {
  return (
    <div class="card-view" data-testid="view-no-session">
      <EmptyState title={t('noSessionTitle')}>
        {t('noSessionText')}
      </EmptyState>
    </div>
  );
}
