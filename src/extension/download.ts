/** Saves text as a file from an extension page (reports, settings): a local download, nothing sent. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click starts the download synchronously; release the object URL shortly after.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
