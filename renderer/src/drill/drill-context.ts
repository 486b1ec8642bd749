import { createContext, useContext } from 'react';
import type { DrillRef } from '../../../shared/deck/slide-content';

/** Opens the drill-down of a figure; absent (null) outside the deck editor, so print and present draw plain figures. */
export type DrillHandler = (ref: DrillRef, label: string) => void;

/** Supplies the editor's drill handler to KPI tiles, table cells and charts. */
export const DrillContext = createContext<DrillHandler | null>(null);

/** The drill handler in scope, or `null` where figures are not clickable. */
export function useDrillHandler(): DrillHandler | null {
  return useContext(DrillContext);
}
