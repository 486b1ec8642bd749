import { displayText } from '../../../shared/text/display';

/** Most characters a category or series label shows on a chart; a canvas cannot wrap or clip text. */
export const CHART_LABEL_MAX = 32;

/**
 * A label as a chart draws it on canvas, where CSS cannot help: invisible and bidi-override
 * characters removed, whitespace collapsed and the value cut with `…`. Every label that may
 * derive from data goes through here (the drafted ones are fixed names and pass unchanged).
 */
export function chartLabel(label: string): string {
  return displayText(label, CHART_LABEL_MAX);
}
