/** How much this browser holds for the site and about how much it allows, in words (#15). */
import { useEffect, useState } from 'preact/hooks';
import { toStorageEstimateWords } from '../../domain/format/storage-size';
import { format } from '../../i18n/format';
import { readStorageUse } from '../../stores/storage-use';

interface Props {
  template: string;
  lang: string;
  /** Read again when this changes (the list after a write). */
  revision: unknown;
}

export function StorageEstimateLine({ template, lang, revision }: Props) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageUse().then((estimate) => {
      const words = toStorageEstimateWords(estimate, lang);
      if (live) setText(words && format(template, words));
    });
    return () => {
      live = false;
    };
  }, [revision, template, lang]);
  // The last thing on the page, in a line kept for it, so its arrival moves nothing; empty when
  // the browser does not say.
  return <p class="storage-estimate">{text}</p>;
}
