// The font stack of text the export adds to a chart (watermark): the bundled font
// first, then the Chinese system fonts of Windows, macOS and Linux desktops.
export const EXPORT_FONT_STACK = "'Noto Sans SC','Microsoft YaHei','PingFang SC','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";
