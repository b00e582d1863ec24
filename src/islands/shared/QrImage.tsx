/**
 * A QR code as an image with a text alternative (#18). The generator and the drawing load with
 * import() when the first code is shown, so no page carries them on its first load.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** What the code holds. */
  text: string;
  /** Says what the code is, for screen readers and when images are off. */
  alt: string;
  /** Shown while the code is drawn. */
  preparing: string;
  /** Called when the text does not fit one code. */
  onTooLarge?: () => void;
  class?: string;
}

/** Draws a text as a QR code's `data:` address; null when it does not fit one code. */
export async function drawQr(text: string): Promise<string | null> {
  const [{ encodeQr }, { toQrDataUrl }] = await Promise.all([
    import('../../adapters/qr/qr-code'),
    import('../../domain/workshop/qr-image'),
  ]);
  const matrix = encodeQr(text);
  return matrix && toQrDataUrl(matrix);
}

export function QrImage({ text, alt, preparing, onTooLarge, class: className }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setSrc(null);
    void drawQr(text).then((url) => {
      if (!current) return;
      if (url) setSrc(url);
      else onTooLarge?.();
    });
    return () => {
      current = false;
    };
    // onTooLarge is a callback of the moment; a new text is what redraws.
  }, [text]);
  return (
    <div class={`qr-frame ${className ?? ''}`} aria-busy={src === null ? 'true' : undefined}>
      {src ? (
        <img class="qr-image" src={src} alt={alt} width={320} height={320} />
      ) : (
        <p class="qr-preparing">{preparing}</p>
      )}
    </div>
  );
}
