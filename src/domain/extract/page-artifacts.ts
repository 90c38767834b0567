// Lines that are not report text: page numbers of PDF sources and the chrome of web pages
// (breadcrumbs, 字号/分享 bars, 索引号 tables, ICP/公网安备 footers). Tested on NFKC text.

const PAGE_NUMBER = [
  /^[-—–_~\s]*\d{1,3}[-—–_~\s]*$/,
  /^第\s*\d{1,3}\s*页(\s*[,/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^[-—–]\s*[一二三四五六七八九十]+\s*[-—–]$/,
];

const CHROME = [
  // Breadcrumbs and page tools.
  /^(首页|当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:>»›]/,
  /(首页|网站首页)\s*[>»›]/,
  /字号\s*[:]?\s*[【[(]?\s*[大中小]/,
  /【\s*[大中小]\s*】/,
  /分享到|打印本页|关闭窗口|【\s*(打印|关闭|收藏)\s*】|扫一扫|在手机上打开|手机扫码|用手机(扫描|阅读)/,
  /^(上一篇|下一篇|相关链接|相关文章|相关阅读|热点推荐)\s*[:]?/,
  // 索引号 tables and article metadata.
  /^(索引号|发布机构|发文机关|发布单位|信息来源|来源|发布日期|发布时间|生成日期|成文日期|公开日期|主题分类|体裁分类|组配分类|服务对象分类|主题词|公开方式|公开范围|公开时限|有效性|浏览次数|阅读次数|访问量|点击数|点击量|责任编辑|编辑|审核|校对|作者|信息分类|文章来源)\s*[:]/,
  /(索引号|发布机构|发布日期|发布时间|浏览次数|阅读次数|点击数)\s*[:].*(索引号|发布机构|发布日期|发布时间|来源|字号|浏览次数|阅读次数|点击数)\s*[:]/,
  // Footers.
  /ICP\s*(备|证)|公网安备|网站标识码|版权所有|Copyright|©|主办单位\s*[:]|承办单位\s*[:]|协办单位\s*[:]|技术支持\s*[:]|运维单位\s*[:]|维护单位\s*[:]|备案证编号|网站地图|联系我们|建议使用.{0,20}浏览器|最佳分辨率|政府网站找错|无障碍(浏览|阅读)|适老化/,
];

export type LineKind = 'blank' | 'page-number' | 'chrome' | 'text';

export function classifyLine(line: string): LineKind {
  const t = line.trim();
  if (!t) return 'blank';
  if (PAGE_NUMBER.some((re) => re.test(t))) return 'page-number';
  if (CHROME.some((re) => re.test(t))) return 'chrome';
  return 'text';
}
