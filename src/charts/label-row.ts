/**
 * The tick labels kept so far along an x axis, as intervals [start, end) in
 * x order. Kept labels never overlap, so their starts and ends are both sorted
 * and "does this label hit one already kept?" is a binary search, not a scan.
 */
export class LabelRow {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Whether [start, end) overlaps a kept label. */
  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.ends.length && this.starts[i]! < end;
  }

  /** Keeps a label that overlaps none. */
  add(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }

  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
