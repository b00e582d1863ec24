/**
 * The camera and the QR decoder (#18): the only code touching getUserMedia, BarcodeDetector and
 * jsQR. Loaded with import() when the facilitator presses "Scan answers"; jsQR (about 46 KB gzip)
 * only where the browser has no BarcodeDetector that reads QR codes.
 */

/** The camera's stream, or why there is none. */
export type CameraOpen =
  | { readonly ok: true; readonly stream: MediaStream }
  | {
      readonly ok: false;
      readonly reason: 'denied' | 'no-camera' | 'failed';
      readonly detail: string;
    };

/** Reads the QR codes in the video's current frame (texts; none when there is no code in view). */
export type FrameReader = (video: HTMLVideoElement) => Promise<string[]>;

/** The part of the Barcode Detection API used here (not in TypeScript's DOM types yet). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** Asks for a camera (the one facing away, where there is a choice); never throws. */
export async function openCamera(): Promise<CameraOpen> {
  const media = globalThis.navigator?.mediaDevices;
  if (typeof media?.getUserMedia !== 'function') {
    return {
      ok: false,
      reason: 'no-camera',
      detail: 'This browser offers no camera (getUserMedia).',
    };
  }
  try {
    const stream = await media.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
    return { ok: true, stream };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      return { ok: false, reason: 'denied', detail };
    }
    if (name === 'NotFoundError' || name === 'OverconstrainedError') {
      return { ok: false, reason: 'no-camera', detail };
    }
    return { ok: false, reason: 'failed', detail };
  }
}

/** Stops every track of the stream: the camera's light goes off. */
export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** The largest side a frame is scaled to before jsQR reads it: enough for a code held up close. */
const MAX_SIDE = 800;

/** The browser's own QR reader where it has one, else jsQR over a canvas copy of the frame. */
export async function loadFrameReader(): Promise<FrameReader> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  const formats = Native ? await Native.getSupportedFormats().catch(() => []) : [];
  if (Native && formats.includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!context || width === 0 || height === 0) return Promise.resolve([]);
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    return Promise.resolve(code ? [code.data] : []);
  };
}
