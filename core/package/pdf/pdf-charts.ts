import type { PackagePdf } from './package-pdf';
import { COLOURS, TYPE } from './theme';

export interface BarRow {
  label: string;
  /** Two values per row (design and operating readiness), each 0–100, or null when not yet scored. */
  values: (number | null)[];
}

export interface BarSeries {
  name: string;
  color: string;
}

/**
 * Horizontal bar chart drawn with vector shapes: one group per row, one bar per series, the value
 * printed beside each bar. A value that cannot be computed yet is drawn as an empty outlined track
 * labelled "not available", so a missing score is never mistaken for zero.
 */
export function barChart(pdf: PackagePdf, rows: BarRow[], series: BarSeries[], caption: string): void {
  const labelWidth = 130;
  const valueWidth = 70;
  const barHeight = 8;
  const barGap = 3;
  const groupGap = 9;
  const trackWidth = pdf.width - labelWidth - valueWidth;
  const groupHeight = series.length * barHeight + (series.length - 1) * barGap;
  const height = rows.length * (groupHeight + groupGap) + 34;
  pdf.ensure(height);
  let y = pdf.y;

  // Legend.
  let legendX = pdf.left + labelWidth;
  for (const item of series) {
    pdf.fillRect(legendX, y + 1, 8, 8, item.color);
    pdf.put(item.name, legendX + 12, y, 'sans', TYPE.small, COLOURS.muted);
    legendX += 12 + pdf.wrapper.width(item.name, 'sans', TYPE.small) + 18;
  }
  y += 16;

  for (const row of rows) {
    const labelLines = pdf.wrapper.wrap(pdf.clean(row.label, 'sans'), 'sans', TYPE.small + 0.5, labelWidth - 8);
    labelLines.slice(0, 2).forEach((line, i) => pdf.put(line, pdf.left, y + i * 9, 'sans', TYPE.small + 0.5));
    series.forEach((item, i) => {
      const barY = y + i * (barHeight + barGap);
      const value = row.values[i] ?? null;
      const x = pdf.left + labelWidth;
      if (value === null) {
        pdf.strokeRect(x, barY, trackWidth, barHeight, COLOURS.border, 0.5, 2);
        pdf.put('not available', x + trackWidth + 6, barY - 0.5, 'sans', TYPE.small, COLOURS.muted);
      } else {
        const clamped = Math.max(0, Math.min(100, value));
        pdf.fillRect(x, barY, trackWidth, barHeight, COLOURS.surfaceMuted);
        if (clamped > 0) pdf.fillRect(x, barY, (trackWidth * clamped) / 100, barHeight, item.color);
        pdf.put(`${Math.round(clamped)} %`, x + trackWidth + 6, barY - 0.5, 'sans', TYPE.small, COLOURS.text);
      }
    });
    y += groupHeight + groupGap;
  }
  pdf.y = y;
  pdf.text(caption, { size: TYPE.small, color: COLOURS.muted, gapAfter: 10 });
}

export interface StackSegment {
  label: string;
  count: number;
  color: string;
}

/** One horizontal bar split into coloured segments with a legend (the checklist at a glance). */
export function stackedBar(pdf: PackagePdf, segments: StackSegment[], caption: string): void {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  pdf.ensure(60);
  let y = pdf.y;
  const barHeight = 14;
  let x = pdf.left;
  if (total === 0) {
    pdf.fillRect(x, y, pdf.width, barHeight, COLOURS.surfaceMuted);
  }
  for (const segment of segments) {
    if (segment.count === 0 || total === 0) continue;
    const width = (pdf.width * segment.count) / total;
    pdf.fillRect(x, y, width, barHeight, segment.color);
    x += width;
  }
  y += barHeight + 6;
  let legendX = pdf.left;
  for (const segment of segments) {
    const text = `${segment.label}: ${segment.count}`;
    pdf.fillRect(legendX, y + 1, 8, 8, segment.color);
    pdf.put(text, legendX + 12, y, 'sans', TYPE.small, COLOURS.text);
    legendX += 12 + pdf.wrapper.width(text, 'sans', TYPE.small) + 16;
  }
  pdf.y = y + 16;
  pdf.text(caption, { size: TYPE.small, color: COLOURS.muted, gapAfter: 10 });
}
