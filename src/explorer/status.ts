/** How each status looks everywhere on the page: colour, line, words. One table, one legend. */
import type { Status } from './api';

export interface StatusLook {
  label: string;
  /** Line and marker colour (at least 3:1 against white). */
  colour: string;
  /** cytoscape line-style and arrow: stopped supplies end in a bar. */
  line: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'tee';
  meaning: string;
}

export const STATUSES: Status[] = ['DELIVERED', 'EXPECTED', 'NEGOTIATING', 'UNCONFIRMED', 'DENIED', 'HALTED'];

export const LOOK: Record<Status, StatusLook> = {
  DELIVERED: { label: 'delivered', colour: '#1a7f37', line: 'solid', arrow: 'triangle', meaning: 'reported as supplied' },
  EXPECTED: { label: 'expected', colour: '#0969da', line: 'dashed', arrow: 'triangle', meaning: 'promised or planned' },
  NEGOTIATING: { label: 'negotiating', colour: '#8250df', line: 'dashed', arrow: 'triangle', meaning: 'under negotiation' },
  UNCONFIRMED: { label: 'unconfirmed', colour: '#b35900', line: 'dotted', arrow: 'triangle', meaning: 'possible, not confirmed' },
  DENIED: { label: 'denied', colour: '#cf222e', line: 'dotted', arrow: 'tee', meaning: 'a party denies it' },
  HALTED: { label: 'halted', colour: '#57606a', line: 'solid', arrow: 'tee', meaning: 'stopped, suspended or blocked' },
};

/** MISSILE → "missile", AIR_DEFENCE → "air defence". */
export const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
