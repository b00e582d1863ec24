/**
 * The PDF report as data: a cover and sections made of generic blocks, already in one language,
 * with every number formatted and every colour chosen. `buildReportDocument` (prepare, pure) makes
 * it; the PDF adapter (render) draws it with jsPDF; saving the file is a third step.
 */

/** A colour as `#rrggbb`, taken from the design tokens (src/design/tokens.ts, light palette). */
export type Hex = string;

/** A table column. Widths are relative weights; the renderer shares the page width by them. */
export interface ReportColumn {
  readonly header: string;
  readonly width?: number;
  readonly align?: 'left' | 'right';
}

/** One series of a radar chart, values 0–100 or null (no score). */
export interface ReportSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color: Hex;
  /** Dashed lines tell series apart without colour. */
  readonly dashed?: boolean;
  readonly fill?: boolean;
}

/** One building block of a section. */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      /** `lead`: larger; `muted`: grey; `danger`: a blocker, in red and bold. */
      readonly tone?: 'lead' | 'muted' | 'danger';
    }
  | { readonly kind: 'bullets'; readonly items: readonly string[]; readonly tone?: 'danger' }
  | {
      /** Big numbers with a label and a sentence, e.g. "48 / 100" and what it means. */
      readonly kind: 'figures';
      /** Smaller values and notes, for a page that must hold much (the board summary). */
      readonly compact?: boolean;
      readonly items: readonly {
        readonly label: string;
        readonly value: string;
        readonly note?: string;
      }[];
    }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly columns: readonly ReportColumn[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'radar';
      readonly caption: string;
      /** One label per axis (dimension). */
      readonly labels: readonly string[];
      readonly series: readonly ReportSeries[];
    }
  | {
      readonly kind: 'bars';
      readonly caption: string;
      readonly items: readonly {
        readonly label: string;
        readonly value: number | null;
        readonly color: Hex;
      }[];
      /** Shown for a null value, e.g. "not enough information". */
      readonly emptyLabel: string;
    }
  | {
      /** A Gantt timeline in weeks, one group per phase (and one for change management). */
      readonly kind: 'gantt';
      readonly caption: string;
      readonly totalWeeks: number;
      /** Axis label template, e.g. "Week {n}". */
      readonly weekLabel: string;
      readonly groups: readonly {
        readonly label: string;
        readonly color: Hex;
        /** Draw the bars hatched (change management runs alongside). */
        readonly hatched?: boolean;
        readonly items: readonly {
          readonly label: string;
          readonly start: number;
          /** Exclusive. */
          readonly end: number;
          /** Draw a milestone diamond at `end`. */
          readonly milestone?: boolean;
        }[];
      }[];
      /** Channels going live: a labelled diamond and a dashed line at the week (#13). */
      readonly goLives?: readonly { readonly label: string; readonly week: number }[];
    }
  | {
      /**
       * A table of shaded cells, one row per item (e.g. a dimension) and one column per measure. The
       * shade of each cell is chosen in prepare; the cell's text, its note and the legend say in
       * words what the shade says, so colour is never the only carrier.
       */
      readonly kind: 'heatmap';
      readonly caption: string;
      /** Header of the row-label column, e.g. "Dimension". */
      readonly rowHeader: string;
      readonly columns: readonly { readonly header: string }[];
      readonly rows: readonly {
        readonly label: string;
        /** One per column; missing cells are drawn empty. */
        readonly cells: readonly ReportHeatCell[];
      }[];
      /** The shades of the scale in order, each with what it means in words. */
      readonly legend: readonly { readonly label: string; readonly fill: Hex }[];
      /** A sentence under the legend, e.g. what an empty cell means. */
      readonly legendNote?: string;
    }
  | { readonly kind: 'page-break' };

/** One cell of a heat map: its value, an optional second line (e.g. the band's name) and its shade. */
export interface ReportHeatCell {
  readonly text: string;
  readonly note?: string;
  /** The renderer picks black or white text, whichever reads better on it. */
  readonly fill: Hex;
}

/** One section; each starts on a new page unless `continues` is set. */
export interface ReportSection {
  /** Stable id, e.g. `summary`, `roadmap`, `appendix`. */
  readonly id: string;
  readonly blocks: readonly ReportBlock[];
  readonly continues?: boolean;
}

/** The report's cover page. */
export interface ReportCover {
  readonly title: string;
  readonly organization: string;
  readonly assessmentName: string;
  /** Already formatted in the report's language. */
  readonly date: string;
  /** e.g. "Assessed by Marta Núñez"; null when nobody was named. */
  readonly assessedBy: string | null;
  /** A consultant's logo, already validated (PNG or JPEG, size-capped). */
  readonly logo: ReportLogo | null;
  /** A short line under the title, e.g. the method. */
  readonly subtitle: string;
}

/** An image for the cover. */
export interface ReportLogo {
  readonly format: 'PNG' | 'JPEG';
  readonly bytes: Uint8Array;
  /** Pixel size, for the aspect ratio. */
  readonly width: number;
  readonly height: number;
}

/** The whole report. */
export interface ReportDocument {
  readonly lang: 'en' | 'es';
  /** `crm-plan-<organization>-<yyyy-mm-dd>.pdf`, safe for file systems. */
  readonly fileName: string;
  /** PDF metadata. */
  readonly title: string;
  readonly author: string;
  /** Running header on every page but the cover. */
  readonly header: string;
  /** Footer template, e.g. "Page {page} of {pages}". */
  readonly pageLabel: string;
  readonly cover: ReportCover;
  readonly sections: readonly ReportSection[];
}
