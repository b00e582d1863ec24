/**
 * The trend across runs (#16), fetched once the page is drawn: its code, its chart and the
 * scoring of the organization's other runs stay off the follow page's first load.
 */
import { setOrganizationLink } from '../../stores/follow';
import type { TrendProps } from './TrendSection';
import { useLater } from './use-later';

export function TrendPart(props: Omit<TrendProps, 'onLink'>) {
  const later = useLater();
  if (later === false) {
    return (
      <p class="error" role="alert">
        {props.strings.trend.loadFailed}
      </p>
    );
  }
  // The action is handed over, not imported by the section: see stores/follow-trend.ts.
  return later && <later.TrendSection {...props} onLink={setOrganizationLink} />;
}
