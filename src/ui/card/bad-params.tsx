import { EmptyState } from '../shared/empty-state.tsx';
import { CloseButton } from './card-header.tsx';

/** The URL did not carry a number we can read (a bug, or someone framing the card by hand). */
export function BadParams({ onClose }: { onClose: () => void }) {
  return (
    <div class="card-view" data-testid="view-invalid">
      <div class="card-topbar">
        <CloseButton onClose={onClose} />
      </div>
      <EmptyState title="This number could not be read">Close the card and click the number again. If it keeps happening, the page may show the number in an unusual way.</EmptyState>
    </div>
  );
}
