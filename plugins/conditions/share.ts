/** Share in percent rounded down to 0.1: 100 % means «all». `percentOf` rounds to the nearest
 *  tenth, so 2 999 of 3 000 would show as 100 % and earn the points for «all». */
export function shareOfAll(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 1000) / whole) / 10;
}
