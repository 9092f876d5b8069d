import { Badge, createTheme } from "@mantine/core";

// System fonts first: PingFang on iPhones, the phone maker's own CJK font on Android.
const fontFamily =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Segoe UI", Roboto, sans-serif';

export const theme = createTheme({
  primaryColor: "orange",
  fontFamily,
  headings: { fontFamily },
  defaultRadius: "md",
  // Chinese has no capitals; English labels read better in sentence case too.
  components: { Badge: Badge.extend({ defaultProps: { tt: "none" } }) },
});
