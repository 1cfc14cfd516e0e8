/** Private-use character around each placeholder's index in the translated text (never in a message). */
const MARK = '\uE000';

/**
 * A translated message with placeholders, translated once and then filled by plain string concatenation: for texts
 * repeated in many cells (a heat map's titles), where one translation call per cell is the page's main cost.
 * `translate` must return the message for the given placeholder values as they are (the app's translations do not
 * escape values), e.g. `values => t('portfolio.percent', values)`.
 */
export function messageTemplate<Name extends string>(
  names: readonly Name[],
  translate: (values: Record<Name, string>) => string,
): (values: Record<Name, string>) => string {
  const markers = Object.fromEntries(
    names.map((name, index) => [name, `${MARK}${index}${MARK}`]),
  ) as Record<Name, string>;
  // Even positions are literal text, odd ones the index of a placeholder.
  const parts = String(translate(markers)).split(MARK);
  return values => {
    let text = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      text += values[names[Number(parts[i])]] + parts[i + 1];
    }
    return text;
  };
}
