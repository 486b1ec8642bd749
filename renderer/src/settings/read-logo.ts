import { brandLogoFileProblem, sniffLogoType } from '../../../shared/brand';

/** A logo file read as a `data:` URL, or the message saying why it cannot be the logo. */
export type LogoReading = { ok: true; dataUrl: string } | { ok: false; message: string };

/** Reads a file as a `data:` URL under its sniffed type, or explains why it cannot be the logo. */
export async function readLogo(file: File): Promise<LogoReading> {
  const problem = brandLogoFileProblem(file);
  if (problem !== null) return { ok: false, message: problem };
  const type = sniffLogoType(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if (type === null) {
    return {
      ok: false,
      message: `${file.name} does not hold a PNG or JPEG image: choose a PNG or JPEG logo.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In chunks: one String.fromCharCode call over 200 KB of arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { ok: true, dataUrl: `data:${type};base64,${btoa(binary)}` };
}
