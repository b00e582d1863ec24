/** The design-token palette of the colour scheme in use, following changes to it. */
import { useEffect, useState } from 'preact/hooks';
import { DARK, LIGHT, type Palette } from '../../design/tokens';

const QUERY = '(prefers-color-scheme: dark)';

export function usePalette(): Palette {
  const [dark, setDark] = useState(() => globalThis.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = globalThis.matchMedia(QUERY);
    const update = () => setDark(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return dark ? DARK : LIGHT;
}
