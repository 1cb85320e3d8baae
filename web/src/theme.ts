// The Mantine theme. Small text needs a 4.5 : 1 contrast (WCAG AA), and Mantine's default shades 6–9
// of most palettes (indigo links and buttons, green, orange, yellow badges…) are lighter than that
// against white and against their own light backgrounds. Those shades are darkened until their
// relative luminance is at most 0.15 (shades 6–7: white text on them and they as text on white
// pass) or 0.07 (shades 8–9: the text of light buttons, badges and alerts on their tint).
// Checked by axe's color-contrast rule in the browser tests.
import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, darken, luminance, type MantineColorsTuple } from "@mantine/core";

const MAX_LUMINANCE = [0.15, 0.15, 0.07, 0.07];

function accessibleShade(shade: string, maxLuminance: number): string {
  let color = shade;
  for (let step = 1; luminance(color) > maxLuminance && step <= 25; step++) color = darken(shade, step * 0.04);
  return color;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, tuple]) => [
    name,
    tuple.map((shade, index) =>
      index >= 6 ? accessibleShade(shade, MAX_LUMINANCE[index - 6] ?? 0.07) : shade,
    ) as unknown as MantineColorsTuple,
  ]),
);

export const theme = createTheme({
  primaryColor: "indigo",
  colors,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
});

// Dimmed text and placeholders (Mantine: gray.6 and gray.5) take the darkened gray.6 and gray.7.
export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)", "--mantine-color-placeholder": "var(--mantine-color-gray-6)" },
  dark: {},
});
