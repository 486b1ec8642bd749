/**
 * Puts text on the clipboard. The async Clipboard API needs a focused, secure page; when it is
 * refused, a hidden textarea and `execCommand('copy')` still work in Electron and Chromium.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('The clipboard is not available');
  }
}
