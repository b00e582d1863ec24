/** The text typed in a form's field, as typed (a file field or a missing one reads as empty). */
export function readField(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}
