/** Shown when the page's `?id=` names no assessment saved in this browser. */
interface Props {
  message: string;
  linkText: string;
  listPath: string;
}

export function MissingAssessment({ message, linkText, listPath }: Props) {
  return (
    <div class="banner warning" role="alert">
      <p>{message}</p>
      <p>
        <a href={listPath}>{linkText}</a>
      </p>
    </div>
  );
}
